/**
 * Compiles src/web/assets/application.scss (GOV.UK Frontend's styles without GOV.UK's brand, and
 * ours) to dist/web/assets/application.css, or to the file named as the first argument. Run by
 * `npm run build`.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const root = join(__dirname, '..');
const source = join(root, 'src/web/assets/application.scss');
const target = resolve(process.argv[2] ?? join(root, 'dist/web/assets/application.css'));

function main() {
  const started = Date.now();
  let sass;
  try {
    sass = require('sass');
  } catch {
    fail('the "sass" package is not installed: run `npm ci` first');
  }
  let css;
  try {
    ({ css } = sass.compile(source, {
      style: 'compressed',
      importers: [new sass.NodePackageImporter(root)],
      // Deprecation warnings from inside govuk-frontend are theirs to fix, not ours.
      quietDeps: true,
    }));
  } catch (error) {
    fail(`could not compile ${relative(root, source)}:\n${error.message}`);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, css);
  console.log(
    `build-css: wrote ${relative(process.cwd(), target)} (${Math.round(css.length / 1024)} kB) in ${Date.now() - started} ms`,
  );
}

function fail(message) {
  console.error(`build-css: ${message}`);
  process.exit(1);
}

main();
