/**
 * Writing cells the same way in every workbook: text that looks like a formula stays text, dates
 * are dates, RAG words take their colour from conditional formatting. (Reading a workbook someone
 * has edited is xlsx-reader's.)
 */
import type ExcelJS from 'exceljs';
import { writeQuotePrefixOnTextFormats } from './quote-prefix';

writeQuotePrefixOnTextFormats();

const FILLS: Record<string, { fill: string; font: string }> = {
  Red: { fill: 'FFD4351C', font: 'FFFFFFFF' },
  Amber: { fill: 'FFF47738', font: 'FF0B0C0C' },
  Green: { fill: 'FF00703C', font: 'FFFFFFFF' },
  Complete: { fill: 'FF1D70B8', font: 'FFFFFFFF' },
  'Not started': { fill: 'FF505A5F', font: 'FFFFFFFF' },
  Cancelled: { fill: 'FF505A5F', font: 'FFFFFFFF' },
  'No data': { fill: 'FFF3F2F1', font: 'FF0B0C0C' },
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

/** Colours each RAG word in `ref` (the word is always there too: colour is never the only signal). */
export function ragRules(sheet: ExcelJS.Worksheet, ref: string): void {
  sheet.addConditionalFormatting({
    ref,
    rules: Object.entries(FILLS).map(([word, colours], index) => ({
      type: 'containsText',
      operator: 'containsText',
      text: word,
      priority: index + 1,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: colours.fill } },
        font: { color: { argb: colours.font }, bold: true },
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
