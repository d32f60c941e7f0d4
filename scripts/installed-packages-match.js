// Exits 0 when the packages in node_modules are the ones package-lock.json names, by npm's own
// record of what it installed (node_modules/.package-lock.json), and 1 otherwise. Packages marked
// optional may be missing (npm leaves out those for other platforms). Used by scripts/setup.sh.
const { readFileSync } = require('node:fs');

const packages = (file) => JSON.parse(readFileSync(file, 'utf8')).packages;
const same = (a, b) => a !== undefined && b !== undefined && a.version === b.version && a.resolved === b.resolved;

try {
  const wanted = packages('package-lock.json');
  const installed = packages('node_modules/.package-lock.json');
  const complete = Object.entries(wanted).every(
    ([path, entry]) => path === '' || entry.optional === true || same(entry, installed[path]),
  );
  const nothingElse = Object.entries(installed).every(([path, entry]) => same(entry, wanted[path]));
  process.exit(complete && nothingElse ? 0 : 1);
} catch {
  process.exit(1);
}
