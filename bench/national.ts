/**
 * bench/national: how long the shipped national outcomes take to load (read, check, parse and
 * index), cold in a fresh process as at start-up and warm, and how long one council's comparison
 * takes. Baseline, measured in the same run: reading the same two files and splitting them at line
 * ends and commas, with no checks, no quoting rules and no index.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCouncil } from '../src/benchmarking/comparison';
import { SHIPPED_DATASET, loadShippedNationalOutcomes } from '../src/benchmarking/shipped-dataset';
import { projectRoot } from '../src/common/paths';
import { machine, time, writeSection } from './report';

const COLD_RUNS = 7;

function baseline(): number {
  let cells = 0;
  for (const part of [SHIPPED_DATASET.councils, SHIPPED_DATASET.outcomes]) {
    const text = readFileSync(join(projectRoot(), SHIPPED_DATASET.folder, part.file), 'utf8');
    for (const line of text.split(/\r?\n/)) cells += line.split(',').length;
  }
  return cells;
}

/** Milliseconds for one load in a new Node process, module loading included. */
function coldRun(kind: 'baseline' | 'load'): number {
  const work =
    kind === 'load'
      ? `require(${JSON.stringify(require.resolve('../src/benchmarking/shipped-dataset'))}).loadShippedNationalOutcomes();`
      : `require(${JSON.stringify(__filename)}).baselineForChild();`;
  const script = `const s = process.hrtime.bigint(); ${work} console.log(Number(process.hrtime.bigint() - s) / 1e6);`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

/** For the cold baseline's child process. */
export function baselineForChild(): number {
  return baseline();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchNational(): Promise<string> {
  const cold = { baseline: [] as number[], load: [] as number[] };
  for (let run = 0; run < COLD_RUNS; run++) {
    cold.baseline.push(coldRun('baseline'));
    cold.load.push(coldRun('load'));
  }
  const warmBaseline = await time(30, baseline);
  const warmLoad = await time(30, () => loadShippedNationalOutcomes());

  const national = loadShippedNationalOutcomes();
  const codes = national.directory.current().map((council) => council.onsCode);
  let next = 0;
  const lookup = await time(codes.length * 5, () => {
    const code = codes[next++ % codes.length];
    return [code, ...national.council(code).statisticalNeighbours].map((each) => national.inspectionsOf(each));
  });
  next = 0;
  const comparison = await time(codes.length * 5, () => compareCouncil(national, codes[next++ % codes.length]));

  const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.001)).toFixed(1)}×`;
  const coldLoad = median(cold.load);
  const markdown = [
    '## National outcomes (`bench/national`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}. The shipped snapshot \`${SHIPPED_DATASET.folder.split('/').pop()}\`: ${national.inspectionCount} inspections of ${national.directory.councils.length} councils. *Load*: reading both files, checking their SHA-256, parsing and checking every row, and indexing councils, names and inspections. *Baseline*: reading the same files and splitting them at line ends and commas. Cold: a new Node process each time, module loading included (median of ${COLD_RUNS}). Warm: median and p95 of 30 runs. *Comparison*: \`compareCouncil\` for each of the ${codes.length} councils of today in turn, after the first; its baseline looks up the same eleven councils' inspections and applies no rules.`,
    '',
    '| measure | baseline | app | app ÷ baseline |',
    '|---|---|---|---|',
    `| load, cold | ${median(cold.baseline).toFixed(1)} ms | ${coldLoad.toFixed(1)} ms | ${ratio(coldLoad, median(cold.baseline))} |`,
    `| load, warm | ${warmBaseline.medianMs.toFixed(2)} ms (p95 ${warmBaseline.p95Ms.toFixed(2)}) | ${warmLoad.medianMs.toFixed(2)} ms (p95 ${warmLoad.p95Ms.toFixed(2)}) | ${ratio(warmLoad.medianMs, warmBaseline.medianMs)} |`,
    `| one council's comparison | ${lookup.medianMs.toFixed(3)} ms (p95 ${lookup.p95Ms.toFixed(3)}) | ${comparison.medianMs.toFixed(3)} ms (p95 ${comparison.p95Ms.toFixed(3)}) | ${ratio(comparison.medianMs, lookup.medianMs)} |`,
    '',
    `- Cold load ${coldLoad.toFixed(0)} ms (goal < 1,000 ms) — ${coldLoad < 1000 ? 'met' : 'not met'}.`,
    `- Comparison p95 ${comparison.p95Ms.toFixed(2)} ms (goal for the rules alone: < 10 ms, leaving the page's 100 ms to the rest) — ${comparison.p95Ms < 10 ? 'met' : 'not met'}.`,
  ].join('\n');
  writeSection('national', markdown);
  return markdown;
}
