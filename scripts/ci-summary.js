// Prints CI's closing line, "N passed, N failed", from Jest's JSON results plus the extra checks
// (lint, drift), and exits non-zero when anything failed or a result file is missing.
const { existsSync, readFileSync } = require('node:fs');

const [checksPassed, checksFailed, ...files] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
for (const file of files) {
  if (!existsSync(file)) {
    console.log(`${file}: no results (the test run did not finish)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  console.log(
    `${file}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ` +
      `${results.numRuntimeErrorTestSuites} suites that could not run`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
