/** `npm run bench [name…]`: runs the benchmarks and writes their results to docs/PERFORMANCE.md. */
import { benchBreakdown } from './breakdown';
import { benchDashboard } from './dashboard';
import { benchFaults } from './faults';
import { benchFaultsInput } from './faults-input';
import { benchImport } from './import';
import { benchImportAccuracy } from './import-accuracy';
import { benchJobs } from './jobs';
import { benchLoad } from './load';
import { benchNational } from './national';
import { benchPaper } from './paper';
import { benchWorkbook } from './workbook';

const BENCHMARKS: Record<string, () => Promise<string>> = {
  import: benchImport,
  'import-accuracy': benchImportAccuracy,
  dashboard: benchDashboard,
  paper: benchPaper,
  workbook: benchWorkbook,
  national: benchNational,
  breakdown: benchBreakdown,
  load: benchLoad,
  faults: benchFaults,
  'faults-input': benchFaultsInput,
  jobs: () => benchJobs(),
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    const bench = BENCHMARKS[name];
    if (!bench) throw new Error(`No benchmark "${name}"; there are: ${Object.keys(BENCHMARKS).join(', ')}.`);
    console.log(await bench());
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
