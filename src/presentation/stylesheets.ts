/**
 * The palette and the RAG looks as stylesheet text: a Sass module for the pages' stylesheet
 * (compiled by scripts/build-css.ts) and CSS for the board papers (inlined when a paper is
 * rendered). Neither stylesheet names a colour of its own.
 */
import { PALETTE } from './palette';
import { RAG_LOOKS } from './rag';

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * `$palette` (e.g. `map.get($palette, 'dark-grey')`) and `$rag-looks`, a map from each RAG value
 * (and `not_rated`) to the `text` and `background` of its tag.
 */
export function vocabularyScss(): string {
  const palette = Object.entries(PALETTE).map(([name, hex]) => `  '${kebab(name)}': ${hex},`);
  const looks = Object.entries(RAG_LOOKS).map(
    ([rag, look]) => `  '${rag}': (\n    'text': ${look.text},\n    'background': ${look.background},\n  ),`,
  );
  return [
    '// Generated from src/presentation at build time: change the colours there.',
    `$palette: (\n${palette.join('\n')}\n);`,
    `$rag-looks: (\n${looks.join('\n')}\n);`,
    '',
  ].join('\n');
}

/**
 * The board paper's colours: each palette colour as a custom property (`var(--dark-grey)`), and a
 * `.rag-<value>` rule for each RAG value's cell.
 */
export function paperVocabularyCss(): string {
  const properties = Object.entries(PALETTE).map(([name, hex]) => `  --${kebab(name)}: ${hex};`);
  const rules = Object.entries(RAG_LOOKS).map(
    ([rag, look]) => `.rag-${rag} {\n  background: ${look.background};\n  color: ${look.text};\n}`,
  );
  return [`:root {\n${properties.join('\n')}\n}`, ...rules, ''].join('\n');
}
