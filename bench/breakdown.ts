/**
 * bench/breakdown: how long the breakdown takes to turn a 10-recommendation ILACS report into a
 * proposal, following its framework, with both national catalogues offered (the goal: under 50 ms).
 * Cold: the first proposal in a new Node process after the modules are loaded. Warm: median and p95.
 * Baseline, measured in the same run: matching every topic's words against each recommendation and
 * nothing more, the least any breakdown by topic must do.
 */
import { execFileSync } from 'node:child_process';
import { CHILDRENS_SOCIAL_CARE_MEASURES } from '../src/indicators/catalogue/childrens-social-care-measures';
import { NATIONAL_INDICATORS_2008 } from '../src/indicators/catalogue/national-indicators-2008';
import { type BreakdownInput, breakDown } from '../src/plans/breakdown/breakdown';
import { TOPICS } from '../src/plans/breakdown/topics';
import { machine, time, writeSection } from './report';

const COLD_RUNS = 7;

/** Ten recommendations as ILACS reports word them ("What needs to improve"). */
const TEN = [
  'The opportunities for children to build a relationship of trust with a single consistent social worker.',
  'How quickly children are matched to permanent carers.',
  'The consistency with which thresholds for intervention are understood and applied for children in need or at risk of harm.',
  'The timely recognition and response to risk at the front door.',
  'Manageable caseloads for social workers.',
  'The recruitment and retention of social workers, to reduce multiple changes in social worker for children.',
  'Reduce the proportion of children placed more than 20 miles from home.',
  'Review the use of child protection plans that have lasted two years or more, and reduce repeat child protection plans.',
  'The quality and consistency of support and pathway planning for care leavers.',
  'Improve the timeliness of assessments for children in need.',
];

export function tenRecommendationReport(): BreakdownInput {
  return {
    planStart: '2026-04-01',
    framework: 'ilacs_2018',
    inspectedOn: '2025-11-03',
    judgementAreas: ['overall_effectiveness', 'leadership', 'help_and_protection', 'children_in_care', 'care_leavers'],
    judgementGrades: { help_and_protection: 'inadequate' },
    recommendations: TEN.map((text, i) => ({
      id: `r${i + 1}`,
      position: i + 1,
      text,
      kind: null,
      timescale: null,
      judgementAreaKey: null,
    })),
    catalogue: [...NATIONAL_INDICATORS_2008, ...CHILDRENS_SOCIAL_CARE_MEASURES].map((entry) => ({
      code: entry.code,
      title: entry.title,
      local: false,
    })),
    themeLeads: [],
  };
}

function baseline(input: BreakdownInput): number {
  let found = 0;
  for (const recommendation of input.recommendations) {
    for (const topic of TOPICS) if (topic.words.test(recommendation.text)) found += 1;
  }
  return found;
}

/** For the cold run's child process: milliseconds for the first proposal after loading. */
export function firstProposalForChild(): number {
  const input = tenRecommendationReport();
  const start = process.hrtime.bigint();
  breakDown(input);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function coldRun(): number {
  const script = `console.log(require(${JSON.stringify(__filename)}).firstProposalForChild());`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchBreakdown(): Promise<string> {
  const cold: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) cold.push(coldRun());
  const input = tenRecommendationReport();
  const warmBaseline = await time(200, () => baseline(input));
  const warm = await time(200, () => breakDown(input));
  const actions = breakDown(input).actions.length;
  const coldMedian = median(cold);
  const markdown = [
    '## Breakdown (`npm run bench breakdown`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}. A 10-recommendation ILACS report (one area inadequate) broken down into ${actions} proposed actions, with both national catalogues offered. *Cold*: the first proposal in a new Node process, after the modules are loaded (median of ${COLD_RUNS}). *Warm*: median and p95 of 200 runs. *Baseline*: matching every topic's words against each recommendation, and nothing more.`,
    '',
    '| measure | baseline | breakdown |',
    '|---|---|---|',
    `| cold | – | ${coldMedian.toFixed(1)} ms (slowest ${Math.max(...cold).toFixed(1)}) |`,
    `| warm | ${warmBaseline.medianMs.toFixed(3)} ms (p95 ${warmBaseline.p95Ms.toFixed(3)}) | ${warm.medianMs.toFixed(3)} ms (p95 ${warm.p95Ms.toFixed(3)}) |`,
    '',
    `- Warm p95 ${warm.p95Ms.toFixed(2)} ms (goal < 50 ms) — ${warm.p95Ms < 50 ? 'met' : 'not met'}.`,
    `- Cold ${coldMedian.toFixed(1)} ms (goal < 50 ms) — ${coldMedian < 50 ? 'met' : 'not met'}.`,
  ].join('\n');
  writeSection('breakdown', markdown);
  return markdown;
}
