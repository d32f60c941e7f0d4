/**
 * Writing cells the same way in every workbook: Arial 10, text that looks like a formula stays
 * text, dates are dates, RAG words take their colour from conditional formatting. (Reading a
 * workbook someone has edited is xlsx-reader's.)
 */
import type ExcelJS from 'exceljs';
import { excelArgb, PALETTE } from '../../presentation/palette';
import { RAG_LOOKS, RAGS } from '../../presentation/rag';
import { WORKBOOK_FONT, writeArialAsDefaultFont } from './default-font';
import { writeQuotePrefixOnTextFormats } from './quote-prefix';

writeQuotePrefixOnTextFormats();
writeArialAsDefaultFont();

/** A cell's font when it is not the workbook's own: headings. (A font names its face and size in full.) */
export const BOLD_FONT: Partial<ExcelJS.Font> = { ...WORKBOOK_FONT, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { ...WORKBOOK_FONT, bold: true, size: 14 };

/** The fill of a header row or a locked cell. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: excelArgb(PALETTE.lightGrey) },
};

/** What Excel (and LibreOffice, and Google Sheets) would start evaluating. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * A string that Excel might read as a formula is kept as text: text format with Excel's quote
 * prefix (see quote-prefix), never a formula cell.
 */
export function text(cell: ExcelJS.Cell, value: string | null | undefined): void {
  cell.value = value ?? null;
  if (value && looksLikeFormula(value)) cell.numFmt = '@';
}

export function dateOf(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

export function numberOf(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * Colours each RAG in `ref` by its value's look, finding the value by the word the cell shows (the
 * word is always there too: colour is never the only signal). Each rule is "cell value equal to
 * the word", which Excel and LibreOffice both evaluate; exceljs writes a "contains text" rule
 * without the operator and text the schema asks for, and LibreOffice then shows no colour.
 */
export function ragRules(sheet: ExcelJS.Worksheet, ref: string): void {
  sheet.addConditionalFormatting({
    ref,
    rules: RAGS.map((rag, index) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${RAG_LOOKS[rag].word}"`],
      priority: index + 1,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: excelArgb(RAG_LOOKS[rag].background) } },
        font: { color: { argb: excelArgb(RAG_LOOKS[rag].text) }, bold: true },
      },
    })),
  });
}

/** Data validation on every cell of `ref` (exceljs's typings omit the sheet's validations). */
export function addValidation(sheet: ExcelJS.Worksheet, ref: string, rule: ExcelJS.DataValidation): void {
  (
    sheet as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add(ref, rule);
}

/** A drop-down of `choices` on every cell of `ref`, refusing anything else with `message`. */
export function choiceList(sheet: ExcelJS.Worksheet, ref: string, choices: readonly string[], message: string): void {
  addValidation(sheet, ref, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${choices.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Choose from the list',
    error: message,
  });
}
