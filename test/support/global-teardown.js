/** Once per Jest run, after every test file: closes the run's Chromium and removes its seed databases and folders. */
const { dropSeedDatabases, removeSeedFolders } = require('./global-setup');

module.exports = async function globalTeardown() {
  await globalThis.trackerSharedBrowser?.close().catch(() => undefined);
  const run = process.env.TRACKER_TEST_RUN;
  if (!run) return;
  const ours = (rest) => rest.startsWith(`${run}_`) || rest.startsWith(`${run}-`);
  if (process.env.TRACKER_TEST_FOLDERS) removeSeedFolders(process.env.TRACKER_TEST_FOLDERS, ours);
  if (process.env.DATABASE_URL) await dropSeedDatabases(process.env.DATABASE_URL, ours);
};
