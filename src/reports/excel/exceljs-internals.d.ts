/** The one part of exceljs's internals that quote-prefix.ts amends: how a cell format is written. */
declare module 'exceljs/lib/xlsx/xform/style/style-xform' {
  interface XmlStream {
    openNode(name: string, attributes?: Record<string, unknown>): void;
  }
  export default class StyleXform {
    /** True for the workbook's cell formats (cellXfs), false for its cell styles (cellStyleXfs). */
    xfId: boolean;
    render(xmlStream: XmlStream, model: { numFmtId?: number }): void;
  }
}
