/** Once per Jest run, after every test file: removes this run's seed databases and folders. */
const { dropSeedDatabases, removeSeedFolders } = require('./global-setup');

module.exports = async function globalTeardown() {
  const run = process.env.TRACKER_TEST_RUN;
  if (!run) return;
  const ours = (rest) => rest.startsWith(`${run}_`) || rest.startsWith(`${run}-`);
  if (process.env.TRACKER_TEST_FOLDERS) removeSeedFolders(process.env.TRACKER_TEST_FOLDERS, ours);
  if (process.env.DATABASE_URL) await dropSeedDatabases(process.env.DATABASE_URL, ours);
};
