/**
 * bench/import: how fast a published report becomes a draft, against a baseline of extracting
 * its text alone (decoding for text; pdftotext for PDF) measured in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/common/paths';
import { decodeText } from '../src/inspections/ingest/detect-format';
import { extractPdfText } from '../src/inspections/ingest/extract-pdf';
import { importInspection } from '../src/inspections/ingest/parse-inspection';
import { type Timing, machine, time, writeSection } from './report';

interface Case {
  name: string;
  bytes: Buffer;
  baseline: () => Promise<unknown> | unknown;
  runs: number;
}

function fixture(file: string): Buffer | null {
  for (const dir of [
    join(projectRoot(), 'test', 'fixtures', 'inspections'),
    join(projectRoot(), '..', 'shared', 'fixtures', 'inspections'),
  ]) {
    if (existsSync(join(dir, file))) return readFileSync(join(dir, file));
  }
  return null;
}

export async function benchImport(): Promise<string> {
  const halton = readFileSync(join(projectRoot(), 'src', 'example', 'halton-jar-executive-board-2008.txt'));
  const large = Buffer.from(Array.from({ length: 50 }, () => halton.toString('utf8')).join('\n'));
  const textBaseline = (bytes: Buffer) => () => decodeText(bytes)?.text.split(/\r?\n/).length;
  const cases: Case[] = [
    { name: 'Halton Executive Board paper (text)', bytes: halton, baseline: textBaseline(halton), runs: 200 },
    { name: 'Halton paper × 50 (text)', bytes: large, baseline: textBaseline(large), runs: 20 },
  ];
  for (const file of [
    'norfolk-2013-looked-after-children-inspection.pdf',
    'isle-of-wight-2014-sif-inspection.pdf',
    'haringey-2018-ilacs-inspection.pdf',
  ]) {
    const bytes = fixture(file);
    if (bytes) cases.push({ name: `${file} (PDF)`, bytes, baseline: () => extractPdfText(bytes), runs: 10 });
  }

  const rows: string[] = [];
  for (const item of cases) {
    const baseline: Timing = await time(item.runs, item.baseline);
    const full: Timing = await time(item.runs, async () => {
      const result = await importInspection(item.bytes, item.name);
      if (!result.ok) throw new Error(`${item.name}: ${result.message}`);
    });
    const kb = item.bytes.length / 1024;
    rows.push(
      `| ${item.name} | ${kb.toFixed(0)} KB | ${baseline.medianMs.toFixed(2)} ms | ${full.medianMs.toFixed(2)} ms (p95 ${full.p95Ms.toFixed(2)}) | ${(full.medianMs / Math.max(baseline.medianMs, 0.001)).toFixed(1)}× | ${(kb / 1024 / (full.medianMs / 1000)).toFixed(1)} MB/s |`,
    );
  }
  const markdown = [
    '## Import (`bench/import`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}. Baseline: extracting the text alone (decoding the bytes for text, \`pdftotext -layout\` for PDF); import: detection, extraction, page-furniture removal and parsing into a draft. Medians of repeated runs.`,
    '',
    '| document | size | baseline (extraction only) | import to draft | import ÷ baseline | import throughput |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  writeSection('import', markdown);
  return markdown;
}
