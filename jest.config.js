/**
 * Three tiers (STYLE.md rule 12): unit for pure code, integration through HTTP against a real
 * database (PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise), browser in real
 * Chromium.
 */
const transform = { '^.+\\.ts$': 'ts-jest' };

const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: [`<rootDir>/test/${name}/**/*.spec.ts`],
  ...extra,
});

module.exports = {
  // Names the run, whose seed databases each test file copies (test/support/seed-databases.ts).
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    project('unit'),
    project('integration', { slowTestThreshold: 30 }),
    project('browser', { slowTestThreshold: 30 }),
  ],
  testTimeout: 120000,
  // Two test files at a time even on two cores: a file spends much of its time waiting on
  // PostgreSQL, Chromium or LibreOffice, each a process of its own.
  maxWorkers: 2,
};
