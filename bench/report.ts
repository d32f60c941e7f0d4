import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/common/paths';

/** Timings in milliseconds: median and 95th percentile of repeated runs. */
export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export async function time(runs: number, work: () => Promise<unknown> | unknown): Promise<Timing> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    runs,
    medianMs: samples[Math.floor(samples.length / 2)],
    p95Ms: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))],
  };
}

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/**
 * Replaces one benchmark's section of docs/PERFORMANCE.md (or another file under docs/) between
 * its markers, keeping the rest, so each benchmark can be rerun on its own.
 */
export function writeSection(name: string, markdown: string, fileName = 'PERFORMANCE.md'): void {
  const file = join(projectRoot(), 'docs', fileName);
  mkdirSync(join(projectRoot(), 'docs'), { recursive: true });
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Performance\n\nMeasured by `npm run bench` (not part of `npm test`). Each benchmark runs against a baseline measured in the same run, on the same machine.\n';
  if (text.includes(start) && text.includes(end)) {
    text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, text);
}
