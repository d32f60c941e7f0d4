/**
 * A picture on a sheet written by exceljs's streaming writer, which streams cells but has no
 * drawings of its own: the image goes in as workbook media, and the sheet gets a drawing part that
 * anchors it at a cell, with its alternative text. The pieces are the ones Excel itself writes.
 */
import type ExcelJS from 'exceljs';

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const EMU_PER_PIXEL = 9525;

/** The parts of exceljs's streaming writer this relies on. */
interface StreamingWorkbook {
  addImage(image: { buffer: Buffer; extension: 'png' }): number;
  zip: { append(source: string | Buffer, options: { name: string }): void };
}

interface StreamingSheet {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char]!);
}

export interface ImagePlacement {
  png: Buffer;
  /** Zero-based column and row of the top-left corner. */
  col: number;
  row: number;
  width: number;
  height: number;
  name: string;
  /** Read out in place of the picture. */
  alt: string;
}

/** How many drawings each workbook has so far: each sheet's picture is a drawing part of its own. */
const drawingCounts = new WeakMap<object, number>();

/** Places one image on `sheet`; call before the sheet's first row is committed. One image per sheet. */
export function placeImage(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
  image: ImagePlacement,
): void {
  const book = workbook as unknown as StreamingWorkbook;
  const writer = sheet as unknown as StreamingSheet;
  const mediaId = book.addImage({ buffer: image.png, extension: 'png' });
  const count = (drawingCounts.get(workbook) ?? 0) + 1;
  drawingCounts.set(workbook, count);
  const drawing = `drawing${count}`;
  const relId = writer._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: `../drawings/${drawing}.xml` });

  // <drawing> belongs just before <legacyDrawing> at the end of the sheet.
  const writeLegacyData = writer._writeLegacyData.bind(writer);
  writer._writeLegacyData = () => {
    writer._write(`<drawing r:id="${relId}"/>`);
    writeLegacyData();
  };

  const cx = Math.round(image.width * EMU_PER_PIXEL);
  const cy = Math.round(image.height * EMU_PER_PIXEL);
  book.zip.append(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${image.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${image.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${escapeXml(image.name)}" descr="${escapeXml(image.alt)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
      '<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    { name: `xl/drawings/${drawing}.xml` },
  );
  book.zip.append(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${IMAGE_REL}" Target="../media/image${mediaId}.png"/></Relationships>`,
    { name: `xl/drawings/_rels/${drawing}.xml.rels` },
  );

  // The content types list is written last; name the drawing part in it.
  const append = book.zip.append.bind(book.zip);
  book.zip.append = (source, options) => {
    if (options.name === '[Content_Types].xml' && typeof source === 'string') {
      source = source.replace(
        '</Types>',
        `<Override PartName="/xl/drawings/${drawing}.xml" ContentType="${DRAWING_TYPE}"/></Types>`,
      );
    }
    append(source, options);
  };
}
