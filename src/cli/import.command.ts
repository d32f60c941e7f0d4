import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { importInspection } from '../inspections/ingest/parse-inspection';
import { MAX_UPLOAD_BYTES } from '../inspections/ingest/inspection-draft';

/**
 * `tracker import FILE [--json]`: reads a published report and prints what the import finds,
 * without touching the database. Exit code 1 when the file cannot be read.
 */
@Command({
  name: 'import',
  arguments: '<file>',
  description: 'Read an inspection report and print the draft (judgements, recommendations, warnings)',
})
export class ImportCommand extends CommandRunner {
  async run([file]: string[], options: { json?: boolean }): Promise<void> {
    let bytes: Buffer;
    try {
      if (statSync(file).size > MAX_UPLOAD_BYTES) throw new Error(`${file} is larger than 20 MB.`);
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? `There is no file ${file}.` : (error as Error).message,
      );
    }
    const result = await importInspection(bytes, basename(file));
    if (!result.ok) throw new Error(result.message);
    const { text, ...draft } = result.draft;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ format: result.format, ...draft }, null, 2)}\n`);
      return;
    }
    const lines = [
      `${basename(file)} (${result.format}, ${text.split('\n').length} lines)`,
      `Authority: ${draft.authority.name ?? 'not found'}`,
      `Kind: ${draft.kind}${draft.layout ? ` (${draft.layout.name})` : ''}`,
      ...(draft.layout?.note ? [`  ${draft.layout.note}`] : []),
      ...Object.entries(draft.dates).map(([name, value]) =>
        value && 'date' in value ? `Date (${name}): ${value.date}` : `Dates (${name}): ${value?.from} to ${value?.to}`,
      ),
      `Judgements (${draft.judgements.length}):`,
      ...draft.judgements.map(
        (j) =>
          `  ${j.label}: ${j.grade.published} → ${j.grade.normalised} (${j.grade.level})${j.scored ? '' : ', judged not scored'}  [lines ${j.lines?.join('–') ?? '?'}]`,
      ),
      `Recommendations (${draft.recommendations.length}):`,
      ...draft.recommendations.map(
        (r, i) => `  ${i + 1}. ${r.text}${r.kind ? ` [${r.kind}]` : ''}${r.timescale ? ` [${r.timescale}]` : ''}`,
      ),
      `Warnings (${draft.warnings.length}):`,
      ...draft.warnings.map((w) => `  line ${w.line ?? '-'}: ${w.reason} — "${w.text.slice(0, 80)}"`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  @Option({ flags: '--json', description: 'Print the draft as JSON' })
  parseJson(): boolean {
    return true;
  }
}
