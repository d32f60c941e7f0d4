/**
 * The children's social care national framework (DfE statutory guidance, December 2023): four outcomes,
 * three enablers and six principles. ILACS reports from 2025 tag each area for improvement with one
 * of them ("(outcome 3, national framework)", "(National Framework enabler two)", "(enabler: the
 * workforce is equipped and effective, national framework)"); `nationalFrameworkTagOf` reads that tag.
 * An action is linked to the national framework only through such a tag, never by guessing.
 */
export type NationalFrameworkPart = 'outcome' | 'enabler' | 'principle';

export interface NationalFrameworkItem {
  part: NationalFrameworkPart;
  number: number;
  /** The framework's words, or null where they were not confirmed. */
  title: string | null;
}

/** Checked against the February 2023 consultation text (outcomes) and councils' published copies (principles 1–4). */
const TITLES: Record<NationalFrameworkPart, Record<number, string>> = {
  outcome: {
    1: 'Children, young people and families stay together and get the help they need',
    2: 'Children and young people are supported by their family network',
    3: 'Children and young people are safe in and outside of their homes',
    4: 'Children in care and care leavers have stable, loving homes',
  },
  // Enabler 3 ("multi-agency working") was not seen in a source, so it is named by number only.
  enabler: {
    1: 'The workforce is equipped and effective',
    2: 'Leaders drive conditions for effective practice',
  },
  principle: {
    1: "Children's welfare is paramount",
    2: "Children's wishes and feelings are sought, heard and responded to",
    3: "Children's social care works in partnership with whole families",
    4: 'Children are raised by their families, with their family networks, or in family environments wherever possible',
  },
};

const COUNT: Record<NationalFrameworkPart, number> = { outcome: 4, enabler: 3, principle: 6 };
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const NUMBERED =
  /\(\s*(?:national framework\s+)?(outcome|enabler|principle)\s+(\d|one|two|three|four|five|six)\b[^)]*?(?:national framework)?\s*\)/i;
const NAMED = /\(\s*(enabler|outcome|principle)\s*:\s*([^,)]+?)\s*,\s*national framework\s*\)/i;

function item(part: NationalFrameworkPart, number: number): NationalFrameworkItem | null {
  if (!Number.isInteger(number) || number < 1 || number > COUNT[part]) return null;
  return { part, number, title: TITLES[part][number] ?? null };
}

/** The national framework item a recommendation's own tag names, or null when it has none. */
export function nationalFrameworkTagOf(text: string): NationalFrameworkItem | null {
  if (!/national\s+framework/i.test(text)) return null;
  const flat = text.replace(/\s+/g, ' ');
  const numbered = NUMBERED.exec(flat);
  if (numbered) {
    const part = numbered[1].toLowerCase() as NationalFrameworkPart;
    const raw = numbered[2].toLowerCase();
    return item(part, WORD_NUMBERS[raw] ?? Number(raw));
  }
  const named = NAMED.exec(flat);
  if (named) {
    const part = named[1].toLowerCase() as NationalFrameworkPart;
    const words = named[2]
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim();
    const found = Object.entries(TITLES[part]).find(
      ([, title]) => title.toLowerCase().replace(/[^a-z ]/g, '') === words,
    );
    return found ? item(part, Number(found[0])) : null;
  }
  return null;
}

/** "Outcome 3 of the national framework: Children and young people are safe in and outside of their homes". */
export function nationalFrameworkWords(tag: NationalFrameworkItem): string {
  const name = `${tag.part.charAt(0).toUpperCase()}${tag.part.slice(1)} ${tag.number} of the national framework`;
  return tag.title ? `${name}: ${tag.title}` : name;
}

/** A theme key for theme leads and filtering: 'national_framework_outcome_3'. */
export function nationalFrameworkKey(tag: NationalFrameworkItem): string {
  return `national_framework_${tag.part}_${tag.number}`;
}
