/**
 * Arial 10 as every workbook's own font (its Normal style), in place of exceljs's Calibri 11.
 * Calibri is missing wherever Microsoft Office is not installed, and LibreOffice then draws the
 * text in a wider font than the row heights were worked out for (see row-height.ts); Arial is on
 * every Windows and Mac computer and LibreOffice carries Liberation Sans, drawn to Arial's widths.
 * A column's width is counted in digits of the Normal font, and a digit of Arial 10 is as wide as
 * one of Calibri 11, so widths are unchanged. exceljs 4.4 cannot choose the default font, so the
 * writer's style table is taught to start with Arial: every workbook this process writes gets it.
 */
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';

export const WORKBOOK_FONT = { name: 'Arial', size: 10, family: 2 } as const;

let installed = false;

export function writeArialAsDefaultFont(): void {
  if (installed) return;
  installed = true;
  const init = StylesXform.prototype.init;
  StylesXform.prototype.init = function (this: StylesXform) {
    init.call(this);
    // The first font added is font 0, the Normal style's, which exceljs would otherwise make Calibri.
    this._addFont({ ...WORKBOOK_FONT });
  };
}
