/** The part of exceljs's internals that quote-prefix.ts amends: how a cell format is written. */
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

/** The part of exceljs's style table that default-font.ts amends: the fonts it starts with. */
declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  export default class StylesXform {
    init(): void;
    _addFont(font: { name: string; size: number; family?: number }): number;
  }
}
