/**
 * The parts every Word document here is made of, in the house look of the PDF paper: A4, Arial,
 * real Heading 1–3 styles (so Word's navigation pane and accessibility checker see the outline),
 * tables whose header row repeats on every page and whose rows never split, pictures with their
 * text alternative, and the document's title and language (en-GB) in its properties.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  type INumberingOptions,
  type IParagraphOptions,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportChart } from '../report-model';
import { type RagKey, ragCellColours, ragWord } from './presentation';

const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

const INK = '0B0C0C';
const GREY_FILL = 'F3F2F1';
const RULE = '505A5F';

/** The PDF paper's page: A4 with margins of 22, 18, 20 and 18 mm. */
const MARGINS = { top: twips(22), right: twips(18), bottom: twips(20), left: twips(18) };
const A4 = { short: twips(210), long: twips(297) };

export type Orientation = 'portrait' | 'landscape';

/** Width of the text between the margins, in twips. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4.short : A4.long) - MARGINS.left - MARGINS.right;
}

/** Half-points, as Word sizes type. */
const SIZE = { body: 21, table: 19, small: 18, h1: 32, h2: 25, h3: 22 };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Word's own built-in heading styles, named as Word names them, each with its outline level. */
const headingStyles = [
  { level: 1, size: SIZE.h1, before: 240, after: 120 },
  { level: 2, size: SIZE.h2, before: 400, after: 120 },
  { level: 3, size: SIZE.h3, before: 280, after: 100 },
].map(({ level, size, before, after }) => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: 'Arial', bold: true, size, color: INK },
  paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before, after } },
}));

export function heading(
  level: 1 | 2 | 3,
  text: string,
  numbering?: { reference: string; level: number },
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: HEADINGS[level - 1],
    numbering,
    pageBreakBefore: options.pageBreakBefore,
    children: [new TextRun(text)],
  });
}

/** Text as paragraphs: a line break in the text starts a new paragraph, as it reads in the PDF. */
export function paragraphs(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ ...options, children: [new TextRun(line)] }));
}

export function paragraph(
  children: string | ParagraphChild[],
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
  return new Paragraph({ ...options, children: typeof children === 'string' ? [new TextRun(children)] : children });
}

export function bold(text: string): TextRun {
  return new TextRun({ text, bold: true });
}

/** A boxed paragraph in bold: the not-for-publication banner of an exempt paper. */
export function banner(text: string): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: 12, color: INK, space: 4 };
  return new Paragraph({
    border: { top: side, bottom: side, left: side, right: side },
    spacing: { after: 240 },
    children: [bold(text)],
  });
}

/** The example's notice, with a blue rule on its left as in the PDF. */
export function notice(text: string): Paragraph {
  return new Paragraph({
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: '1D70B8', space: 6 } },
    spacing: { after: 240 },
    children: [new TextRun({ text, size: SIZE.table })],
  });
}

/** "LABEL:<tab>value" lines of a front sheet, the labels bold and the values lined up. */
export function frontSheet(lines: [string, string][], orientation: Orientation = 'portrait'): Paragraph[] {
  const tab = Math.round(textWidth(orientation) * 0.32);
  return lines.map(
    ([label, value]) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: tab }],
        indent: { left: tab, hanging: tab },
        spacing: { after: 80 },
        children: [bold(label), new TextRun({ text: `\t${value}` })],
      }),
  );
}

/** One cell: plain text (a line break starts a new paragraph), several lines, or a RAG word on its colour. */
export type Cell = string | { lines: string[] } | { rag: RagKey };

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const CELL_MARGINS = { top: twips(1.2), bottom: twips(1.2), left: twips(2), right: twips(2) };

function cellParagraphs(lines: string[], run: { bold?: boolean; color?: string } = {}): Paragraph[] {
  const texts = lines.flatMap((line) => line.split(/\r?\n/)).filter((line) => line.trim() !== '');
  return (texts.length ? texts : ['']).map(
    (text) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text, size: SIZE.table, ...run })] }),
  );
}

function tableCell(cell: Cell, width: number, rowHeader: boolean): TableCell {
  const common = { width: { size: width, type: WidthType.DXA } };
  if (typeof cell === 'object' && 'rag' in cell) {
    const colours = ragCellColours(cell.rag);
    return new TableCell({
      ...common,
      shading: { fill: colours.fill, color: 'auto', type: 'clear' },
      children: cellParagraphs([ragWord(cell.rag)], { bold: true, color: colours.text }),
    });
  }
  const lines = typeof cell === 'string' ? [cell] : cell.lines;
  return new TableCell({
    ...common,
    shading: rowHeader ? { fill: GREY_FILL, color: 'auto', type: 'clear' } : undefined,
    children: cellParagraphs(lines, rowHeader ? { bold: true } : {}),
  });
}

/**
 * A captioned table, as wide as the text: the header row repeats on every page and no row splits
 * across pages. With `rowHeaders`, the first cell of each row is shaded and bold, as the PDF's
 * row headers are.
 */
export function dataTable(options: {
  caption: string;
  columns: Column[];
  rows: Cell[][];
  orientation?: Orientation;
  rowHeaders?: boolean;
}): (Paragraph | Table)[] {
  const total = textWidth(options.orientation ?? 'portrait');
  const sum = options.columns.reduce((acc, column) => acc + column.width, 0);
  const widths = options.columns.map((column) => Math.floor((column.width / sum) * total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: options.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { fill: GREY_FILL, color: 'auto', type: 'clear' },
          children: cellParagraphs([column.header], { bold: true }),
        }),
    ),
  });
  const rows = options.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((cell, i) => tableCell(cell, widths[i], Boolean(options.rowHeaders) && i === 0)),
      }),
  );
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(options.caption)] }),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGINS,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** PNG size in pixels, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * A chart as a picture with its text alternative (Word's alt text), then its caption. The PNGs
 * are drawn at twice print size, so they are placed at half their pixels, and narrower if the
 * text is narrower.
 */
export function figure(chart: ReportChart, orientation: Orientation = 'portrait'): Paragraph[] {
  const png = Buffer.from(chart.src.replace(/^data:image\/png;base64,/, ''), 'base64');
  const { width, height } = pngSize(png);
  const maxWidth = Math.floor((textWidth(orientation) / 1440) * 96);
  const scale = Math.min(0.5, maxWidth / width);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
          altText: { name: chart.id, description: chart.alt },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', spacing: { after: 200 }, children: [new TextRun(chart.title)] }),
  ];
}

const xmlText = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The package's core properties: docx writes no language, which Word and screen readers read here too. */
function coreProperties(options: { title: string; subject: string; creator: string; created: Date }): string {
  const when = options.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ',
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ',
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(options.title)}</dc:title>`,
    `<dc:subject>${xmlText(options.subject)}</dc:subject>`,
    `<dc:creator>${xmlText(options.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${xmlText(options.creator)}</cp:lastModifiedBy>`,
    '<dc:language>en-GB</dc:language>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

export interface WordDocumentOptions {
  title: string;
  subject: string;
  /** The council, as the document's author. */
  creator: string;
  created: Date;
  orientation: Orientation;
  /** Printed at the top of every page, in bold (an exempt paper's paragraph); none when null. */
  headerText: string | null;
  /** Printed at the foot of every page on the left, with "Page x of y" on the right. */
  footerText: string;
  numbering?: INumberingOptions;
  children: ISectionOptions['children'];
}

/** The .docx bytes of a document made of the parts above. */
export async function wordDocument(options: WordDocumentOptions): Promise<Buffer> {
  const width = textWidth(options.orientation);
  const small = { size: SIZE.small, color: INK };
  const document = new Document({
    title: options.title,
    subject: options.subject,
    creator: options.creator,
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: SIZE.body, color: INK, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        ...headingStyles,
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: SIZE.table, color: INK },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    numbering: options.numbering ?? { config: [] },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.short,
              height: A4.long,
              orientation: options.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
            },
            margin: { ...MARGINS, header: twips(9), footer: twips(9) },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: options.headerText ? [new TextRun({ ...small, text: options.headerText, bold: true })] : [],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: width }],
                alignment: AlignmentType.LEFT,
                children: [
                  new TextRun({ ...small, text: options.footerText }),
                  new TextRun({ ...small, children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(options) }]);
}
