/**
 * Set-up for the `embedded` Jest project: the file runs on embedded PGlite even though the run
 * has a PostgreSQL server. Jest gives each test file its own copy of process.env, so this changes
 * nothing for the files that run on the server.
 */
delete process.env.DATABASE_URL;
delete process.env.DATABASE_OWNER_URL;
