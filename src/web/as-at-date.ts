import { isIsoDate } from '../domain/periods';

export type DateQuery = Record<string, string | undefined>;

/**
 * The as-at date from the dashboard's date input (day, month and year), or from `asOf` as a
 * YYYY-MM-DD date; today when nothing is given.
 */
export function asAtFrom(query: DateQuery, today: string): { asOf: string; error: string | null; fields: DateQuery } {
  const day = (query['asOf-day'] ?? '').trim();
  const month = (query['asOf-month'] ?? '').trim();
  const year = (query['asOf-year'] ?? '').trim();
  const fields = { day, month, year };
  let asOf: string;
  if (day || month || year) {
    if (!day || !month || !year) return { asOf: today, error: 'Enter a day, month and year', fields };
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
      return { asOf: today, error: 'Enter the date as numbers, for example 31 3 2009', fields };
    }
    asOf = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  } else {
    asOf = (query.asOf ?? '').trim() || today;
  }
  if (!isIsoDate(asOf)) return { asOf: today, error: 'Enter a real date, for example 31 3 2009', fields };
  if (asOf > today) return { asOf: today, error: 'The date must be today or in the past', fields };
  const [y, m, d] = asOf.split('-');
  return {
    asOf,
    error: null,
    fields: day || month || year ? fields : { day: String(Number(d)), month: String(Number(m)), year: y },
  };
}
