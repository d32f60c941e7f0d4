/**
 * Builds, from a Markdown-ish text such as the Halton paper, the Word document and the PDF a council
 * would publish: headings as Word headings (bold in the PDF), bullets as real list items, tab rows
 * as a table, Markdown and HTML markup gone. The PDF carries a running header and "Page x of y"
 * footers on every page, which the import must drop.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'row'; cells: string[] }
  | { type: 'paragraph'; runs: { text: string; bold?: boolean; superScript?: boolean }[] }
  | { type: 'blank' };

function runsOf(line: string): { text: string; bold?: boolean; superScript?: boolean }[] {
  const runs: { text: string; bold?: boolean; superScript?: boolean }[] = [];
  for (const part of line.split(/(\*\*[^*]+\*\*|<sup>[^<]+<\/sup>)/)) {
    if (!part) continue;
    if (part.startsWith('**')) runs.push({ text: part.slice(2, -2), bold: true });
    else if (part.startsWith('<sup>')) runs.push({ text: part.slice(5, -6), superScript: true });
    else runs.push({ text: part });
  }
  return runs;
}

export function blocksOf(text: string): Block[] {
  return text.split('\n').map((line): Block => {
    if (!line.trim()) return { type: 'blank' };
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) return { type: 'heading', level: heading[1].length, text: heading[2].replace(/\*\*/g, '').trim() };
    const bullet = /^-\s+(.*)$/.exec(line);
    if (bullet) return { type: 'bullet', text: bullet[1] };
    if (line.includes('\t')) return { type: 'row', cells: line.split('\t') };
    return { type: 'paragraph', runs: runsOf(line) };
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

export async function renderDocx(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flushTable = () => {
    if (!rows.length) return;
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const block of blocksOf(text)) {
    if (block.type !== 'row') flushTable();
    switch (block.type) {
      case 'heading':
        children.push(new Paragraph({ text: block.text, heading: HEADINGS[block.level - 1] }));
        break;
      case 'bullet':
        children.push(new Paragraph({ text: block.text, bullet: { level: 0 } }));
        break;
      case 'row':
        rows.push(
          new TableRow({
            children: block.cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
          }),
        );
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: block.runs.map((run) => new TextRun(run)) }));
        break;
      case 'blank':
        break;
    }
  }
  flushTable();
  const document = new Document({ sections: [{ children }] });
  return Packer.toBuffer(document);
}

export function renderPdf(text: string, header: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 56, right: 56 },
      bufferPages: true,
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    const left = 56;
    const width = pdf.page.width - 112;
    pdf.font('Helvetica').fontSize(10);
    for (const block of blocksOf(text)) {
      switch (block.type) {
        case 'blank':
          pdf.moveDown(0.6);
          break;
        case 'heading':
          pdf.font('Helvetica-Bold').text(block.text, left, pdf.y, { width }).font('Helvetica');
          break;
        case 'bullet':
          pdf.text(`•  ${block.text}`, left, pdf.y, { width });
          break;
        case 'row': {
          const y = pdf.y;
          pdf.text(block.cells[0], left, y, { width: 230 });
          const after = pdf.y;
          pdf.text(block.cells.slice(1).join(' '), left + 260, y, { width: width - 260 });
          pdf.x = left;
          pdf.y = Math.max(after, pdf.y);
          break;
        }
        case 'paragraph':
          pdf.text(block.runs.map((run) => run.text).join(''), left, pdf.y, { width });
          break;
      }
    }
    const range = pdf.bufferedPageRange();
    for (let page = range.start; page < range.start + range.count; page++) {
      pdf.switchToPage(page);
      const bottom = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      pdf.fontSize(8).text(header, left, 40, { width, lineBreak: false });
      pdf.text(`Page ${page + 1} of ${range.count}`, left, pdf.page.height - 40, {
        width,
        align: 'right',
        lineBreak: false,
      });
      pdf.page.margins.bottom = bottom;
    }
    pdf.end();
  });
}
