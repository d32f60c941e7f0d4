/**
 * bench/national: how long the shipped national outcomes take to load (read, check, parse and
 * index), cold in a fresh process as at start-up and warm, and how long one council's comparison
 * takes. Baseline, measured in the same run: reading the same two files and splitting them at line
 * ends and commas, with no checks, no quoting rules and no index.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCouncil } from '../src/benchmarking/comparison';
import { SHIPPED_DATASET, loadShippedNationalOutcomes } from '../src/benchmarking/shipped-dataset';
import { projectRoot } from '../src/common/paths';
import { EXAMPLE_PASSWORD } from '../src/example/example.service';
import { type Timing, machine, time, writeSection } from './report';
import { serve } from './servers';

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

const HTTP_RUNS = 300;

/**
 * The compare page and API one request at a time through the running app (embedded database,
 * Halton example), against the app's own /health on the same server as the baseline: the same
 * sign-in, routing and logging, none of the comparison. The first request of each is left out.
 */
async function compareOverHttp(): Promise<{ health: Timing; page: Timing; api: Timing; cold: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-national-'));
  const app = await serve(
    'src/cli.js',
    ['serve'],
    {
      DATABASE_URL: '',
      DATABASE_OWNER_URL: '',
      DATA_DIR: dataDir,
      EXAMPLE_DATA: 'halton',
      SESSION_SECRET: 'b'.repeat(48),
      LOG_LEVEL: 'silent',
    },
    '/health',
    [],
    300_000,
  );
  try {
    // The example is loaded as the app starts; ask until its users can sign in.
    let created: Response | null = null;
    for (let attempt = 0; attempt < 120 && created?.status !== 201; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 1000));
      created = await fetch(`${app.base}/api/v1/auth/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'scrutiny@halton.example',
          password: EXAMPLE_PASSWORD,
          name: 'bench',
          expiresInDays: 7,
        }),
      });
    }
    if (created?.status !== 201) throw new Error(`No token: ${created?.status} ${await created?.text()}`);
    const { token } = (await created.json()) as { token: string };
    const get = (path: string) => async () => {
      const response = await fetch(`${app.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}.`);
      await response.arrayBuffer();
    };
    const started = process.hrtime.bigint();
    await get('/api/v1/compare')();
    const cold = Number(process.hrtime.bigint() - started) / 1e6;
    return {
      cold,
      health: await time(HTTP_RUNS, get('/health')),
      page: await time(HTTP_RUNS, get('/compare')),
      api: await time(HTTP_RUNS, get('/api/v1/compare')),
    };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
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

  const http = await compareOverHttp();

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
    '',
    `Through the app: the Halton example on the embedded database, one request at a time as a signed-in scrutiny member (bearer token), ${HTTP_RUNS} requests each after the first. The comparison is worked out once for each version of the national outcomes and kept; each request still asks the database which version is newest (one row) and renders the page. Baseline: the same server's \`/health\`.`,
    '',
    '| request | median | p95 | p95 ÷ baseline p95 |',
    '|---|---|---|---|',
    `| \`GET /health\` (baseline) | ${http.health.medianMs.toFixed(1)} ms | ${http.health.p95Ms.toFixed(1)} ms | 1.0× |`,
    `| \`GET /compare\` (page, chart included) | ${http.page.medianMs.toFixed(1)} ms | ${http.page.p95Ms.toFixed(1)} ms | ${ratio(http.page.p95Ms, http.health.p95Ms)} |`,
    `| \`GET /api/v1/compare\` | ${http.api.medianMs.toFixed(1)} ms | ${http.api.p95Ms.toFixed(1)} ms | ${ratio(http.api.p95Ms, http.health.p95Ms)} |`,
    '',
    `- First comparison after start (nothing cached yet): ${http.cold.toFixed(0)} ms.`,
    `- Compare page p95 ${http.page.p95Ms.toFixed(1)} ms, API p95 ${http.api.p95Ms.toFixed(1)} ms (goal < 100 ms) — ${Math.max(http.page.p95Ms, http.api.p95Ms) < 100 ? 'met' : 'not met'}.`,
  ].join('\n');
  writeSection('national', markdown);
  return markdown;
}
