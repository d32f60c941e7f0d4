/**
 * Word .docx → text, read straight from the package's XML (checked-zip to unzip): one line per paragraph
 * with a blank line between paragraphs, list items as bullets or their numbers, headings as Markdown
 * `#` headings, and each table row on one line with its cells separated by tabs — so a grade table
 * reads exactly like a tab-separated one in a text file. Page headers and footers live in other parts
 * of the package and are never read; deleted tracked changes and field codes are skipped.
 */
import { CheckedZip, ZipRefusal, type ZipRules } from '../../common/checked-zip';
import type { ExtractResult } from './extract-pdf';

const MB = 1024 * 1024;
const PART_BUDGETS: Record<string, number> = { 'word/document.xml': 32 * MB, 'word/numbering.xml': 4 * MB };

/** The parts a .docx may hold: the package's own, the document's (word/) and its metadata; never macros. */
const DOCX_PART =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|docProps\/[\w.-]+|docMetadata\/[\w.-]+|customXml\/(?:_rels\/)?[\w.-]+|word\/(?:[\w.-]+\/){0,3}[\w.[\]-]+)$/;

export const DOCX_RULES: ZipRules = {
  what: 'Word document',
  maxEntries: 1000,
  maxTotalBytes: 256 * MB,
  allowedName: (name) => DOCX_PART.test(name) && !/vbaProject\.bin$/i.test(name),
};

export function extractDocxText(bytes: Buffer): ExtractResult {
  const files: Record<string, Uint8Array> = {};
  try {
    const zip = CheckedZip.open(bytes, DOCX_RULES);
    for (const [part, budget] of Object.entries(PART_BUDGETS)) {
      if (zip.entry(part)) files[part] = zip.readSync(part, budget);
    }
  } catch (error) {
    if (!(error instanceof ZipRefusal)) throw error;
    return {
      ok: false,
      message:
        error.kind === 'damaged'
          ? 'This Word document could not be opened: it may be damaged or incomplete.'
          : error.message,
    };
  }
  const document = files['word/document.xml'];
  if (!document) {
    return { ok: false, message: 'This Word document could not be opened: its main text is missing.' };
  }
  try {
    const decoder = new TextDecoder('utf-8');
    const whole = decoder.decode(document);
    // A part cut short (by a failed save or copy) would give part of the report as if it were all of it.
    if (!/<\/(?:[\w.-]+:)?document>\s*$/.test(whole)) {
      return {
        ok: false,
        message:
          'This Word document is incomplete: its text stops part of the way through, as if the file was cut short when it was saved or copied. Please save it again, or upload the report as a PDF.',
      };
    }
    const numbering = files['word/numbering.xml'] ? readNumbering(decoder.decode(files['word/numbering.xml'])) : null;
    // Word writes drawings twice (a modern choice and a fallback); read only the first.
    const xml = whole.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
    return { ok: true, text: documentText(xml, numbering) };
  } catch {
    return { ok: false, message: 'This Word document could not be read: its text is damaged.' };
  }
}

type NumberFormat = 'bullet' | 'decimal' | 'lowerRoman' | 'upperRoman' | 'lowerLetter' | 'upperLetter' | 'none';

/** numId → level → format, from word/numbering.xml. */
type Numbering = Map<string, Map<number, NumberFormat>>;

const TAG =
  /<(\/?)([A-Za-z][\w.-]*:)?([\w.-]+)((?:\s+[^>]*?)?)(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g;

interface Token {
  closing: boolean;
  selfClosing: boolean;
  name: string;
  attributes: string;
  text: string | null;
}

function* tokens(xml: string): Generator<Token> {
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(xml)) !== null) {
    if (match[7] !== undefined) {
      yield { closing: false, selfClosing: false, name: '#text', attributes: '', text: decodeEntities(match[7]) };
    } else if (match[6] !== undefined) {
      yield { closing: false, selfClosing: false, name: '#text', attributes: '', text: match[6] };
    } else if (match[3] !== undefined) {
      yield {
        closing: match[1] === '/',
        selfClosing: match[5] === '/',
        name: match[3],
        attributes: match[4] ?? '',
        text: null,
      };
    }
  }
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*"([^"]*)"`).exec(attributes);
  return match ? decodeEntities(match[1]) : null;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, NumberFormat>>();
  const numToAbstract = new Map<string, string>();
  let abstractId: string | null = null;
  let numId: string | null = null;
  let level: number | null = null;
  for (const token of tokens(xml)) {
    if (token.closing) {
      if (token.name === 'abstractNum') abstractId = null;
      if (token.name === 'num') numId = null;
      if (token.name === 'lvl') level = null;
      continue;
    }
    switch (token.name) {
      case 'abstractNum':
        abstractId = attribute(token.attributes, 'abstractNumId');
        if (abstractId !== null && !abstract.has(abstractId)) abstract.set(abstractId, new Map());
        break;
      case 'lvl':
        level = Number(attribute(token.attributes, 'ilvl') ?? 0);
        break;
      case 'numFmt':
        if (abstractId !== null && level !== null) {
          abstract.get(abstractId)?.set(level, toNumberFormat(attribute(token.attributes, 'val')));
        }
        break;
      case 'num':
        numId = attribute(token.attributes, 'numId');
        break;
      case 'abstractNumId':
        if (numId !== null) numToAbstract.set(numId, attribute(token.attributes, 'val') ?? '');
        break;
    }
  }
  const numbering: Numbering = new Map();
  for (const [id, abstractRef] of numToAbstract) numbering.set(id, abstract.get(abstractRef) ?? new Map());
  return numbering;
}

function toNumberFormat(value: string | null): NumberFormat {
  switch (value) {
    case 'decimal':
    case 'decimalZero':
      return 'decimal';
    case 'lowerRoman':
    case 'upperRoman':
    case 'lowerLetter':
    case 'upperLetter':
    case 'none':
      return value;
    default:
      return 'bullet';
  }
}

interface Paragraph {
  text: string;
  numId: string | null;
  level: number;
  style: string | null;
}

type Block = { type: 'paragraph' | 'item' | 'row'; text: string };

function documentText(xml: string, numbering: Numbering | null): string {
  const blocks: Block[] = [];
  const paragraphs: Paragraph[] = [];
  const counters = new Map<string, number[]>();
  let inProperties = 0;
  let inRunProperties = 0;
  let inText = false;
  let skipText = false;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;

  const current = () => paragraphs[paragraphs.length - 1];
  const append = (text: string) => {
    const paragraph = current();
    if (paragraph) paragraph.text += text;
  };

  for (const token of tokens(xml)) {
    if (token.name === '#text') {
      if (inText && !skipText) append(token.text ?? '');
      continue;
    }
    if (token.closing) {
      switch (token.name) {
        case 'pPr':
          inProperties = Math.max(0, inProperties - 1);
          break;
        case 'rPr':
          inRunProperties = Math.max(0, inRunProperties - 1);
          break;
        case 't':
        case 'delText':
        case 'instrText':
          inText = false;
          skipText = false;
          break;
        case 'p': {
          const paragraph = paragraphs.pop();
          if (!paragraph) break;
          const text = paragraph.text.replace(/[ \u00a0]+$/g, '');
          if (tableDepth > 0) {
            if (cell && text.trim()) cell.push(text.trim());
          } else if (text.trim()) {
            blocks.push(renderParagraph({ ...paragraph, text }, numbering, counters));
          }
          break;
        }
        case 'tc':
          if (tableDepth === 1 && row && cell) row.push(cell.join(' ').replace(/\t/g, ' '));
          if (tableDepth === 1) cell = null;
          break;
        case 'tr':
          if (tableDepth === 1 && row && row.some((text) => text.trim())) {
            blocks.push({ type: 'row', text: row.join('\t') });
          }
          if (tableDepth === 1) row = null;
          break;
        case 'tbl':
          tableDepth = Math.max(0, tableDepth - 1);
          break;
      }
      continue;
    }
    switch (token.name) {
      case 'p':
        if (!token.selfClosing) paragraphs.push({ text: '', numId: null, level: 0, style: null });
        break;
      case 'pPr':
        if (!token.selfClosing) inProperties++;
        break;
      case 'rPr':
        if (!token.selfClosing) inRunProperties++;
        break;
      case 'pStyle':
        if (inProperties && current()) current().style = attribute(token.attributes, 'val');
        break;
      case 'numId':
        if (inProperties && current()) current().numId = attribute(token.attributes, 'val');
        break;
      case 'ilvl':
        if (inProperties && current()) current().level = Number(attribute(token.attributes, 'val') ?? 0) || 0;
        break;
      case 't':
        if (!token.selfClosing) inText = true;
        break;
      case 'delText':
      case 'instrText':
        if (!token.selfClosing) {
          inText = true;
          skipText = true;
        }
        break;
      case 'tab':
        if (!inProperties && !inRunProperties) append('\t');
        break;
      case 'br':
      case 'cr':
        if (!inProperties && !inRunProperties) append('\n');
        break;
      case 'noBreakHyphen':
        append('-');
        break;
      case 'sym': {
        const char = attribute(token.attributes, 'char');
        if (char) append(symbolText(char));
        break;
      }
      case 'tbl':
        if (!token.selfClosing) tableDepth++;
        break;
      case 'tr':
        if (tableDepth === 1 && !token.selfClosing) row = [];
        break;
      case 'tc':
        if (tableDepth === 1 && !token.selfClosing) cell = [];
        break;
    }
  }
  return joinBlocks(blocks);
}

function symbolText(hex: string): string {
  const code = parseInt(hex, 16);
  if (!Number.isFinite(code)) return '';
  // Symbol-font bullets (F0B7 and friends) are the usual reason for a w:sym in a paragraph.
  return code >= 0xf000 ? '•' : String.fromCodePoint(code);
}

function renderParagraph(paragraph: Paragraph, numbering: Numbering | null, counters: Map<string, number[]>): Block {
  const style = (paragraph.style ?? '').toLowerCase().replace(/\s+/g, '');
  const heading = /^(heading|berschrift|titre)(\d)$/.exec(style);
  if (heading) return { type: 'paragraph', text: `${'#'.repeat(Number(heading[2]))} ${paragraph.text.trim()}` };
  if (style === 'title') return { type: 'paragraph', text: `# ${paragraph.text.trim()}` };

  let format: NumberFormat | null = null;
  if (paragraph.numId !== null && paragraph.numId !== '0') {
    format = numbering?.get(paragraph.numId)?.get(paragraph.level) ?? 'bullet';
  } else if (/^listbullet/.test(style)) {
    format = 'bullet';
  } else if (/^listnumber/.test(style)) {
    format = 'decimal';
  }
  if (format === null || format === 'none') return { type: 'paragraph', text: paragraph.text };

  const indent = '  '.repeat(Math.min(paragraph.level, 6));
  if (format === 'bullet') return { type: 'item', text: `${indent}• ${paragraph.text.trim()}` };

  const key = paragraph.numId ?? style;
  const levels = counters.get(key) ?? [];
  levels[paragraph.level] = (levels[paragraph.level] ?? 0) + 1;
  levels.length = paragraph.level + 1;
  counters.set(key, levels);
  const n = levels[paragraph.level];
  const marker =
    format === 'decimal'
      ? `${n}.`
      : format === 'lowerRoman'
        ? `(${roman(n)})`
        : format === 'upperRoman'
          ? `${roman(n).toUpperCase()}.`
          : format === 'lowerLetter'
            ? `(${letter(n)})`
            : `${letter(n).toUpperCase()}.`;
  return { type: 'item', text: `${indent}${marker} ${paragraph.text.trim()}` };
}

function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

function letter(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    rest--;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/** Paragraphs apart by a blank line; consecutive list items and table rows stay together. */
function joinBlocks(blocks: Block[]): string {
  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) {
      const previous = blocks[index - 1];
      text += previous.type === block.type && block.type !== 'paragraph' ? '\n' : '\n\n';
    }
    text += block.text;
  });
  return text.length ? `${text}\n` : text;
}
