/**
 * The integration test files that CI runs a second time on embedded PGlite (.ci/run), after every
 * tier has run on PostgreSQL. PGlite is PostgreSQL itself, so SQL means the same on both; what
 * differs is everything around it: one connection instead of a pool (so transactions and
 * concurrent requests queue), no roles or grants, a data folder instead of a server, and the
 * app's own start on it (example loaded unasked, migrations at start). A file belongs here when
 * what it proves depends on one of those; every other file runs on PostgreSQL only. Add a file
 * here when its subject is one of them. `npm test` without DATABASE_URL still runs every file on
 * PGlite. test/unit/embedded-engine-list.spec.ts checks that each file named here exists.
 *
 * Plain JavaScript: .ci/run reads it with node before anything is compiled.
 */
module.exports = [
  // A council with nothing installed: its data folder kept across restarts, and one app per folder.
  'test/integration/embedded-persistence.spec.ts',
  // The first start on an empty data folder: migrations at start, the set-up link, no council yet.
  'test/integration/first-run.spec.ts',
  // The example loaded at start without being asked (embedded only), and the seeded copy of it.
  'test/integration/halton-example.spec.ts',
  // /health when the database is up, unmigrated, or gone: a closed PGlite fails differently from a server.
  'test/integration/health.spec.ts',
  // Every migration applied and reverted, and what the app's role may not do (grants differ).
  'test/integration/schema.spec.ts',
  // The tracker command opening the data folder itself (DATA_DIR): migrate, example, paper, workbook, serve.
  'test/integration/cli-data-folder.spec.ts',
  // An audit event in the same transaction as each change, and none when the change rolls back.
  'test/integration/audit-trail.spec.ts',
  // Optimistic locking, and 20 updates to one action posted at once through a single connection.
  'test/integration/plan-management.spec.ts',
  // A workbook's rows applied in one transaction, all or nothing.
  'test/integration/update-workbook.spec.ts',
  // NUL characters, numbers past their column and dates with a time: the errors each engine raises.
  'test/integration/hostile-input.spec.ts',
];
