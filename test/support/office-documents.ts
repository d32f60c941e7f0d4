/**
 * Reading generated documents as a clerk's own programs would: Word files and workbooks opened and
 * converted to PDF (or saved again) by LibreOffice Writer and Calc (headless, installed by the test
 * set-up), and PDFs read back with poppler (`pdfinfo -struct-text` for the tagged structure,
 * `pdfimages -list` for the pictures, `pdftotext` for the words and where each is on its page,
 * `pdftoppm` for the pixels).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Tagged PDF, so the converted file keeps headings, tables and figures as structure that can be counted. */
const WRITER_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** Saving as a workbook again, as Calc does when someone saves an .xlsx they opened. */
export const CALC_XLSX = 'xlsx:Calc MS Excel 2007 XML';

/**
 * Converts files (.docx by default) to PDF, or to what `convertTo` names, in one LibreOffice run,
 * with a profile of its own so that runs at the same time do not share one. Files are given and
 * returned by name.
 */
export function convertWithLibreOffice(
  files: Record<string, Buffer>,
  { from = 'docx', convertTo = WRITER_PDF }: { from?: 'docx' | 'xlsx'; convertTo?: string } = {},
): Record<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  const extension = convertTo.split(':')[0];
  try {
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const file = join(dir, `${name}.${from}`);
      writeFileSync(file, bytes);
      return file;
    });
    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        convertTo,
        '--outdir',
        out,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return Object.fromEntries(
      Object.keys(files).map((name) => [name, readFileSync(join(out, `${name}.${extension}`))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withPdf<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  try {
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfElement {
  tag: string;
  /** Every piece of text inside the element, joined by single spaces. */
  text: string;
}

/** Reading a large structure tree takes poppler seconds, so each PDF's is read once. */
const structures = new WeakMap<Buffer, PdfElement[]>();

/** The structure elements of a tagged PDF in reading order, each with the text it holds. */
export function pdfStructure(pdf: Buffer): PdfElement[] {
  const known = structures.get(pdf);
  if (known) return known;
  const output = withPdf(pdf, (file) => execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }));
  const elements: (PdfElement & { depth: number })[] = [];
  const open: (PdfElement & { depth: number })[] = [];
  for (const line of output.split('\n')) {
    const depth = line.length - line.trimStart().length;
    const tag = /^\s*(\w+)(?: \((?:block|inline)\))?:?$/.exec(line);
    const text = /^\s*"(.*)"$/.exec(line);
    if (tag) {
      while (open.length && open[open.length - 1].depth >= depth) open.pop();
      const element = { tag: tag[1], text: '', depth };
      elements.push(element);
      open.push(element);
    } else if (text) {
      for (const element of open) element.text = `${element.text} ${text[1]}`;
    }
  }
  const structure = elements.map(({ tag, text }) => ({ tag, text: text.replace(/\s+/g, ' ').trim() }));
  structures.set(pdf, structure);
  return structure;
}

/** The headings, as "H2 1.0 PURPOSE OF THE REPORT". */
export function pdfHeadings(pdf: Buffer): string[] {
  return pdfStructure(pdf)
    .filter((element) => /^H[1-6]$/.test(element.tag))
    .map((element) => `${element.tag} ${element.text}`);
}

export function countTags(pdf: Buffer, tag: string): number {
  return pdfStructure(pdf).filter((element) => element.tag === tag).length;
}

/** Pictures in the PDF (their soft masks left out). */
export function pdfImageCount(pdf: Buffer): number {
  const list = withPdf(pdf, (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }));
  return list
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
}

/** The PDF's text, page by page. */
export function pdfPages(pdf: Buffer): string[] {
  const text = withPdf(pdf, (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  return text
    .split('\f')
    .filter((page) => page.trim())
    .map((page) => page.replace(/\s+/g, ' '));
}

export interface PdfWord {
  text: string;
  /** Where the word is on its page, in points from the top left. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Every word of the PDF with its box, page by page (`pdftotext -bbox`). */
export function pdfWords(pdf: Buffer): PdfWord[][] {
  const html = withPdf(pdf, (file) =>
    execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({
          text: text.replace(/&\w+;/g, (entity) => XML_ENTITIES[entity] ?? entity),
          xMin: Number(xMin),
          yMin: Number(yMin),
          xMax: Number(xMax),
          yMax: Number(yMax),
        }),
      ),
    );
}

export interface PagePixels {
  width: number;
  height: number;
  /** The colour at a point given in points from the top left, as `#rrggbb`. */
  colourAt(x: number, y: number): string;
}

/** A page of the PDF drawn by poppler at 72 dots per inch, so that a pixel is a point. */
export function pdfPagePixels(pdf: Buffer, page: number): PagePixels {
  const ppm = withPdf(pdf, (file) =>
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '72', '-singlefile', file], {
      maxBuffer: 64 << 20,
    }),
  );
  // Binary PPM: "P6", width, height, the largest value (255), then three bytes a pixel.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a PPM image');
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  const hex = (value: number) => value.toString(16).padStart(2, '0');
  return {
    width,
    height,
    colourAt(x, y) {
      const offset = start + (Math.floor(y) * width + Math.floor(x)) * 3;
      return `#${hex(ppm[offset])}${hex(ppm[offset + 1])}${hex(ppm[offset + 2])}`;
    },
  };
}

export function pdfInfo(pdf: Buffer): string {
  return withPdf(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
}

/** The parts of a .docx package, as text, by path. */
export function docxParts(docx: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(docx), { filter: (file) => file.name.endsWith('.xml') });
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}
