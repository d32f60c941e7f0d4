/**
 * The national outcomes the product ships: a snapshot folder under datasets/, named for the month
 * it was taken, whose files are kept byte for byte as published upstream and checked against the
 * SHA-256 recorded here before they are read. The only I/O of the benchmarking rules.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/paths';
import { readCouncilList } from './councils';
import { NationalOutcomes, datasetSource } from './national-outcomes';
import { readOutcomesFile } from './outcomes-file';

export const SHIPPED_DATASET = {
  folder: 'src/benchmarking/datasets/ofsted-ilacs-2026-11',
  asAt: '2026-11',
  outcomes: {
    file: 'ilacs-history.csv',
    sha256: 'fd3431e1c6a22480c59567459ad02fb02d5c26b011f81fce02fb484d429e0639',
  },
  councils: {
    file: 'la-lookup.csv',
    sha256: '67231cf8311a6a05610752f6ff7e70857ef20ec755674f48ca292b78070337be',
  },
} as const;

/** The text of a shipped file, after checking it is the file recorded. */
export function readShippedFile(which: 'outcomes' | 'councils', root: string = projectRoot()): string {
  const { file, sha256 } = SHIPPED_DATASET[which];
  const path = join(root, SHIPPED_DATASET.folder, file);
  const bytes = readFileSync(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new Error(
      `${path} is not the file shipped with this version (its SHA-256 is ${actual}, not ${sha256}); ` +
        'reinstall it, or refresh the outcomes with an import instead of editing the shipped file.',
    );
  }
  return bytes.toString('utf8');
}

/** The national picture from the shipped snapshot: read, checked and indexed in about 180 ms in a new process. */
export function loadShippedNationalOutcomes(root: string = projectRoot()): NationalOutcomes {
  const councils = readCouncilList(readShippedFile('councils', root));
  const records = readOutcomesFile(readShippedFile('outcomes', root));
  return new NationalOutcomes(datasetSource(SHIPPED_DATASET.asAt), councils, records);
}

/**
 * The national picture from a newer outcomes file of the same shape (taken in the month `asAt`,
 * YYYY-MM), with the shipped council list. Refuses the file whole at its first fault.
 */
export function readRefreshedOutcomes(text: string, asAt: string, root: string = projectRoot()): NationalOutcomes {
  const source = datasetSource(asAt);
  const councils = readCouncilList(readShippedFile('councils', root));
  return new NationalOutcomes(source, councils, readOutcomesFile(text));
}
