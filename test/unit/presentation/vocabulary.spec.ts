/**
 * RAG, grades and the other values in words and colours: defined once, readable (WCAG 2.2 AA), and
 * the same in the stylesheet text the pages and papers are given.
 */
import { contrastRatio, excelArgb, PALETTE, relativeLuminance } from '../../../src/presentation/palette';
import { NOT_RATED, RAG_LOOKS, RAGS, ragKey, ragWord } from '../../../src/presentation/rag';
import { paperVocabularyCss, vocabularyScss } from '../../../src/presentation/stylesheets';
import {
  changeWord,
  directionWord,
  exemptDescription,
  gradeWord,
  kindWord,
  roleWord,
} from '../../../src/presentation/words';
import { ACTION_RAGS, GRADE_KEYS, INDICATOR_RAGS } from '../../../src/domain/vocabulary';

describe('contrast', () => {
  it('computes WCAG contrast ratios: 21:1 for black on white, 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio(PALETTE.red, PALETTE.red)).toBe(1);
    // The WCAG 2.2 worked value: mid grey #777777 on white is 4.48:1, just short of AA.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => relativeLuminance('red')).toThrow('"red" is not a colour in the form #rrggbb.');
  });
});

describe('RAG in words and colours', () => {
  it('has a word and a look for every value the rules give', () => {
    for (const rag of [...ACTION_RAGS, ...INDICATOR_RAGS]) {
      expect(RAGS).toContain(rag);
      expect(RAG_LOOKS[rag].word).toMatch(/^[A-Z][a-z ]+$/);
    }
    expect(new Set(RAGS.map((rag) => RAG_LOOKS[rag].word)).size).toBe(RAGS.length);
  });

  it.each(Object.entries(RAG_LOOKS))(
    'writes %s in a colour at least 4.5:1 against its tag (WCAG 2.2 AA)',
    (_rag, look) => {
      expect(contrastRatio(look.text, look.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('takes every colour from the palette, so each is written down once', () => {
    const palette = Object.values(PALETTE) as string[];
    for (const look of Object.values(RAG_LOOKS)) {
      expect(palette).toContain(look.text);
      expect(palette).toContain(look.background);
    }
    expect(new Set(palette).size).toBe(palette.length);
  });

  it('names a RAG in words, with "Not rated" when there is none', () => {
    expect(['red', 'amber', 'green', 'not_started', 'complete', 'cancelled', 'no_data', null].map(ragWord)).toEqual([
      'Red',
      'Amber',
      'Green',
      'Not started',
      'Complete',
      'Cancelled',
      'No data',
      'Not rated',
    ]);
    expect(ragWord('purple')).toBe('purple');
    expect([null, undefined, '', 'purple', 'cancelled'].map(ragKey)).toEqual([
      NOT_RATED,
      NOT_RATED,
      NOT_RATED,
      NOT_RATED,
      'cancelled',
    ]);
  });

  it('writes colours the way exceljs keeps them', () => {
    expect(excelArgb(PALETTE.red)).toBe('FFD4351C');
  });
});

describe('the other values in words', () => {
  it('names every grade', () => {
    expect(GRADE_KEYS.map(gradeWord)).toEqual([
      'Outstanding',
      'Good',
      'Adequate',
      'Requires improvement',
      'Inadequate',
    ]);
  });

  it('names directions, changes, kinds, roles and exempt paragraphs, leaving an unknown value as it is', () => {
    expect(['improving', 'no_change', 'worsening', null].map(directionWord)).toEqual([
      'Improving',
      'No change',
      'Worsening',
      'Not enough values',
    ]);
    expect(['better', 'worse', 'same', 'new', 'closed', 'removed'].map(changeWord)).toEqual([
      'Improved',
      'Worsened',
      'No change',
      'New',
      'Closed',
      'Removed',
    ]);
    expect(['outcome', 'process', 'other', null].map(kindWord)).toEqual(['Outcome', 'Process', 'other', '']);
    expect(['admin', 'clerk', 'owner', 'scrutiny'].map(roleWord)).toEqual([
      'Administrator',
      'Committee clerk',
      'Plan owner',
      'Scrutiny member',
    ]);
    expect(exemptDescription(3)).toMatch(/^information relating to the financial or business affairs/);
    expect(exemptDescription(8)).toBe('');
  });
});

describe('stylesheet text', () => {
  it('gives the pages a Sass map of every RAG look', () => {
    const scss = vocabularyScss();
    for (const [rag, look] of Object.entries(RAG_LOOKS)) {
      expect(scss).toContain(`'${rag}': (\n    'text': ${look.text},\n    'background': ${look.background},\n  ),`);
    }
    expect(scss).toContain(`'dark-grey': ${PALETTE.darkGrey},`);
  });

  it('gives the papers the palette as custom properties and a rule for every RAG cell', () => {
    const css = paperVocabularyCss();
    expect(css).toContain(`--ink: ${PALETTE.ink};`);
    expect(css).toContain(`--light-grey: ${PALETTE.lightGrey};`);
    for (const [rag, look] of Object.entries(RAG_LOOKS)) {
      expect(css).toContain(`.rag-${rag} {\n  background: ${look.background};\n  color: ${look.text};\n}`);
    }
  });
});
