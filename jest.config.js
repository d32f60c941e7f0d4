/**
 * Three tiers (STYLE.md rule 12): unit for pure code, integration through HTTP against a real
 * database (PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise), browser in real
 * Chromium.
 *
 * With DATABASE_URL set, a fourth project runs again on embedded PGlite the integration files
 * whose subject is the engine (test/integration/embedded-engine.js says which, and why), in the
 * same run, so one command tests both engines where they differ.
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

const onServer = Boolean(process.env.DATABASE_URL);
const embeddedEngine = require('./test/integration/embedded-engine.js');
// Opens embedded data folders whatever DATABASE_URL says: on a server run it belongs to the embedded project only.
const EMBEDDED_ONLY = 'test/integration/embedded-persistence.spec.ts';

const projects = [
  project('unit'),
  project('integration', {
    slowTestThreshold: 30,
    ...(onServer ? { testPathIgnorePatterns: ['/node_modules/', `<rootDir>/${EMBEDDED_ONLY}`] } : {}),
  }),
  project('browser', { slowTestThreshold: 30 }),
];
if (onServer) {
  projects.push(
    project('embedded', {
      slowTestThreshold: 30,
      testMatch: embeddedEngine.map((file) => `<rootDir>/${file}`),
      // Each test file has a process.env of its own: this one's has no DATABASE_URL.
      setupFiles: ['<rootDir>/test/support/embedded-engine-only.js'],
    }),
  );
}

module.exports = {
  // Names the run, whose seed databases each test file copies (test/support/seed-databases.ts),
  // and starts its one Chromium (test/support/shared-browser.js).
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects,
  testSequencer: '<rootDir>/test/support/slow-tiers-first.js',
  testTimeout: 120000,
  // Two test files at a time even on two cores: a file spends much of its time waiting on
  // PostgreSQL, Chromium or LibreOffice, each a process of its own.
  maxWorkers: 2,
};
