/**
 * Excel's quote prefix on cells of text that would read as a formula (=, +, -, @). Such cells are
 * already written in the text number format ("@"), which keeps them text as written; the quote
 * prefix also keeps them text when someone edits the cell and presses Enter, in Excel and in
 * LibreOffice, as if they had typed an apostrophe first. exceljs 4.4 cannot write it, so its
 * cell-format writer is taught to: every cell format in the text number format (id 49) carries
 * quotePrefix="1". Only the styles part changes; every workbook this process writes gets it.
 */
import StyleXform from 'exceljs/lib/xlsx/xform/style/style-xform';

/** The built-in number format "@" (text). */
export const TEXT_FORMAT_ID = 49;

let installed = false;

export function writeQuotePrefixOnTextFormats(): void {
  if (installed) return;
  installed = true;
  const render = StyleXform.prototype.render;
  StyleXform.prototype.render = function (this: StyleXform, xmlStream, model) {
    if (!this.xfId || model.numFmtId !== TEXT_FORMAT_ID) {
      render.call(this, xmlStream, model);
      return;
    }
    const quoted = new Proxy(xmlStream, {
      get(target, property) {
        if (property === 'openNode') {
          return (name: string, attributes?: Record<string, unknown>) =>
            target.openNode(name, name === 'xf' ? { ...attributes, quotePrefix: '1' } : attributes);
        }
        const value = target[property as keyof typeof target];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    render.call(this, quoted, model);
  };
}
