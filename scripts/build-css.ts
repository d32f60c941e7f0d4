/**
 * Compiles src/web/assets/application.scss (GOV.UK Frontend's styles without GOV.UK's brand, and
 * ours) to dist/web/assets/application.css, or to the file named as the first argument. The
 * stylesheet's `app:vocabulary` module (the palette and the RAG colours) is generated from
 * src/presentation, so the colours are written down once. Run by `npm run build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { projectRoot } from '../src/common/paths';
import { vocabularyScss } from '../src/presentation/stylesheets';

const VOCABULARY = new URL('app:vocabulary');

/** The compiled, compressed stylesheet. Throws with sass's message when the SCSS is wrong. */
export function compileStylesheet(): string {
  let sass: typeof import('sass');
  try {
    // A development dependency: loaded only when the stylesheet is built.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sass = require('sass') as typeof import('sass');
  } catch {
    throw new Error('the "sass" package is not installed: run `npm ci` first');
  }
  const root = projectRoot();
  const { css } = sass.compile(join(root, 'src/web/assets/application.scss'), {
    style: 'compressed',
    importers: [
      {
        canonicalize: (url: string) => (url === VOCABULARY.href ? VOCABULARY : null),
        load: (url: URL) => (url.href === VOCABULARY.href ? { contents: vocabularyScss(), syntax: 'scss' } : null),
      },
      new sass.NodePackageImporter(root),
    ],
    // Deprecation warnings from inside govuk-frontend are theirs to fix, not ours.
    quietDeps: true,
  });
  return css;
}

function main(): void {
  const root = projectRoot();
  const target = resolve(process.argv[2] ?? join(root, 'dist/web/assets/application.css'));
  const started = Date.now();
  let css: string;
  try {
    css = compileStylesheet();
  } catch (error) {
    console.error(`build-css: could not compile the stylesheet:\n${(error as Error).message}`);
    process.exit(1);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, css);
  console.log(
    `build-css: wrote ${relative(process.cwd(), target)} (${Math.round(css.length / 1024)} kB) in ${Date.now() - started} ms`,
  );
}

if (require.main === module) main();
