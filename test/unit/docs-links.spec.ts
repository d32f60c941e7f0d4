/**
 * The README and docs/ point readers at each other, at sections of each other and at files in the clone. Every
 * relative link must lead to something that exists, and every #anchor to a heading of the file it names, as GitHub
 * names headings, so that moving a file or renaming a section cannot leave a reader at a dead end.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

interface Link {
  from: string;
  target: string;
}

/** The text with fenced code blocks and inline code taken out: links and headings there are only examples. */
function withoutCode(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line;
    })
    .join('\n');
}

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text] of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const repeats = seen.get(slug) ?? 0;
    seen.set(slug, repeats + 1);
    anchors.add(repeats === 0 ? slug : `${slug}-${repeats}`);
  }
  return anchors;
}

/** The links in a document that lead into the clone, not to another site and not in code. */
function relativeLinks(from: string, markdown: string): Link[] {
  const text = withoutCode(markdown).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map(([, target]) => ({ from, target }))
    .filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

const links = DOCUMENTS.flatMap((document) => relativeLinks(document, readFileSync(join(ROOT, document), 'utf8')));

describe('links in the README and docs/', () => {
  it('reads the anchors GitHub gives headings', () => {
    const sut = headingAnchors(
      [
        '# Running Improvement Tracker',
        '## Start-up, measured',
        "### The owners' update workbook: updating in Excel",
        '## Import (`bench/import`)',
        '```sh',
        '# a comment, not a heading',
        '```',
        '## Tests',
        '## Tests',
      ].join('\n'),
    );
    expect([...sut]).toEqual([
      'running-improvement-tracker',
      'start-up-measured',
      'the-owners-update-workbook-updating-in-excel',
      'import-benchimport',
      'tests',
      'tests-1',
    ]);
  });

  it('finds the links into the clone, and not those to other sites or in code', () => {
    const sut = relativeLinks(
      'docs/using.md',
      [
        'See [the rules](rules.md#rag-status), [`PERFORMANCE.md`](PERFORMANCE.md "figures") and',
        '![a screenshot](screenshots/action.png), not [GOV.UK](https://www.gov.uk/bank-holidays),',
        'not `[in code](nowhere.md)`, and [this section](#signing-in).',
        '```md',
        '[in a block](nowhere.md)',
        '```',
      ].join('\n'),
    );
    expect(sut.map((link) => link.target)).toEqual([
      'rules.md#rag-status',
      'PERFORMANCE.md',
      'screenshots/action.png',
      '#signing-in',
    ]);
  });

  it('leads every relative link to a file or folder that exists', () => {
    const broken = links
      .filter(({ from, target }) => {
        const path = decodeURIComponent(target.split('#')[0]);
        return path !== '' && !existsSync(resolve(ROOT, dirname(from), path));
      })
      .map(({ from, target }) => `${from} → ${target}`);
    expect(broken).toEqual([]);
  });

  it('leads every #anchor to a heading of the file it names', () => {
    const broken = links
      .filter(({ target }) => target.includes('#'))
      .filter(({ from, target }) => {
        const [path, anchor] = target.split('#');
        const file = path === '' ? join(ROOT, from) : resolve(ROOT, dirname(from), decodeURIComponent(path));
        if (!file.endsWith('.md') || !existsSync(file)) return false;
        return !headingAnchors(readFileSync(file, 'utf8')).has(anchor);
      })
      .map(({ from, target }) => `${from} → ${target}`);
    expect(broken).toEqual([]);
  });

  it('never links out of the clone', () => {
    const outside = links
      .filter(({ from, target }) => relative(ROOT, resolve(ROOT, dirname(from), target.split('#')[0])).startsWith('..'))
      .map(({ from, target }) => `${from} → ${target}`);
    expect(outside).toEqual([]);
  });
});
