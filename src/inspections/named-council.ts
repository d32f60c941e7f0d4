/**
 * Whether the council a report names is the council importing it. Pure: no I/O.
 *
 * With the importing authority's ONS code in the council list, the answer is exact: the report's
 * name is matched against every English council's names, former names and the trusts and
 * companies that run their services. A name that could be this council or another (a company
 * that runs several councils' services), or that is no council's, gives no warning; nor does a
 * council this one took over from. Without a code in the list, the names' words are compared.
 */
import { type CouncilDirectory, normaliseCouncilName } from '../benchmarking/council-directory';

/** The sentence to warn with, or null when the report is this council's (or cannot be told). */
export function namedCouncilMismatch(
  named: string,
  ours: { name: string; onsCode: string },
  directory: CouncilDirectory,
): string | null {
  const importing = `you are importing it for ${ours.name}. Check it is the right report.`;
  if (directory.byOnsCode(ours.onsCode)) {
    const judged = directory.judgeNamedCouncil(named, ours.onsCode);
    if (judged.verdict !== 'other') return null;
    const [only] = judged.councils;
    if (judged.councils.length === 1 && normaliseCouncilName(only.name) === normaliseCouncilName(named)) {
      return `The report names ${named} (${only.onsCode}), but ${importing}`;
    }
    const councils = judged.councils.map((council) => `${council.name} (${council.onsCode})`).join(' or ');
    return `The report names ${named}, which is ${councils}, but ${importing}`;
  }
  return sharesAWord(named, ours.name) ? null : `The report names ${named}, but ${importing}`;
}

/** "Halton" names "Halton Borough Council"; "London Borough of Haringey" names "Haringey Council". */
function sharesAWord(found: string, ours: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .replace(/\b(london|borough|county|city|metropolitan|district|council|of|the|royal)\b/g, ' ')
      .split(/[^a-z]+/)
      .filter(Boolean);
  const mine = new Set(words(ours));
  return words(found).some((word) => mine.has(word));
}
