/**
 * Every colour of the product's own, once (GOV.UK Frontend brings the pages' other colours).
 * Pages (through the generated stylesheet), board papers, charts and workbooks take their colours
 * from here and from nowhere else, so a colour changed here changes everywhere at once.
 */

export const PALETTE = {
  /** Text, and lines that must read as text. */
  ink: '#0b0c0c',
  white: '#ffffff',
  red: '#d4351c',
  orange: '#f47738',
  green: '#00703c',
  blue: '#1d70b8',
  darkGrey: '#505a5f',
  lightGrey: '#f3f2f1',
  /** Cells a workbook asks people to fill in. */
  paleYellow: '#fff7bf',
  /** Behind the lines of a report the import read each kind of item from. */
  palePurple: '#f3f0f7',
  paleBlue: '#eef4fa',
  paleGreen: '#eef6f1',
} as const;

export type PaletteColour = (typeof PALETTE)[keyof typeof PALETTE];

/** A colour as exceljs writes it: opaque ARGB in capitals, `FFD4351C`. */
export function excelArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new RangeError(`"${hex}" is not a colour in the form #rrggbb.`);
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two colours, from 1 (none) to 21 (black on white); AA asks 4.5 for text. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}
