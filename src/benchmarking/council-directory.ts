/**
 * Finding a council by an ONS code or by a name as a report writes it: "London Borough of Barking
 * and Dagenham", "Kingston upon Hull City Council", "Hull", "Bristol, City of", "the Royal Borough
 * of Greenwich", "Birmingham Children's Trust". Pure: no I/O.
 *
 * A name is compared after folding case, accents, punctuation, "&" and "Saint", and then again
 * after dropping the words every council's name may carry ("the", "council", "borough", "city
 * of", "county", "metropolitan district", "children's services", …). A name that fits more than
 * one council, such as a company that runs several councils' services, finds none of them alone:
 * the answer is never a wrong council.
 */
import { CHILDRENS_SERVICES_COMPANIES, NAMES_OF_NO_ONE_COUNCIL, type ChildrensServicesCompany } from './council-facts';
import type { Council } from './councils';

/**
 * Lower case, no accents or punctuation, "&" as "and", "Saint" as "St", single spaces. Every
 * English council's name is in the Latin alphabet, so anything else is taken as punctuation.
 */
export function normaliseCouncilName(name: string): string {
  return (
    ` ${name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/['’‘`.]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')} `
      .replace(/ saint /g, ' st ')
      // "Council's", once its apostrophe has gone; no council's name has "councils" in it.
      .replace(/ councils /g, ' council ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const PREFIXES = [
  'the ',
  'royal borough of ',
  'london borough of ',
  'metropolitan borough of ',
  'borough of ',
  'city and county of ',
  'city of ',
  'county of ',
  'council of the ',
  'council of ',
  'county ',
];
const SUFFIXES = [
  ' childrens services',
  ' childrens social care',
  ' local authority',
  ' council',
  ' london borough',
  ' royal borough',
  ' metropolitan borough',
  ' metropolitan district',
  ' metropolitan',
  ' borough',
  ' district',
  ' city of',
  ' county of',
  ' city',
  ' county',
];

/** The normalised name without the words any council's name may carry: "Durham County Council" → "durham". */
export function councilNameKey(name: string): string {
  const forms = stripWords(normaliseCouncilName(name), true);
  return forms[forms.length - 1];
}

/**
 * The name as it loses, one at a time, "the" and the generic words at its end ("council",
 * "borough", …) and, when asked, at its start ("city of", …): the name first, the shortest last.
 */
function stripWords(normalised: string, prefixesToo: boolean): string[] {
  const forms = [normalised];
  const prefixes = prefixesToo ? PREFIXES : ['the '];
  for (let key = normalised, changed = true; changed;) {
    changed = false;
    for (const prefix of prefixes) {
      if (key.startsWith(prefix) && key.length > prefix.length) {
        key = key.slice(prefix.length);
        forms.push(key);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        forms.push(key);
        changed = true;
      }
    }
  }
  return forms;
}

const ONS_CODE = /^[EWSN]\d{8}$/;

/**
 * What a name in a report says about whose report it is, for a council that imports it:
 * - `same`: it names this council and no other (or a company that runs only its services);
 * - `predecessor`: it names a council this one took over from (Northamptonshire, for North
 *   Northamptonshire);
 * - `other`: it names another council, or only councils that are not this one;
 * - `unknown`: it is not a council's name, or could be this council or another (Achieving for
 *   Children, for Kingston upon Thames).
 */
export type NamedCouncilVerdict =
  | { readonly verdict: 'same'; readonly council: Council }
  | { readonly verdict: 'predecessor'; readonly councils: readonly Council[] }
  | { readonly verdict: 'other'; readonly councils: readonly Council[] }
  | { readonly verdict: 'unknown' };

export class CouncilDirectory {
  private readonly byCode = new Map<string, Council>();
  private readonly byName = new Map<string, Set<Council>>();
  private readonly byKey = new Map<string, Set<Council>>();
  private readonly noOneCouncil: ReadonlySet<string>;

  constructor(
    readonly councils: readonly Council[],
    readonly companies: readonly ChildrensServicesCompany[] = CHILDRENS_SERVICES_COMPANIES,
  ) {
    this.noOneCouncil = new Set(NAMES_OF_NO_ONE_COUNCIL.map(normaliseCouncilName));
    for (const council of councils) {
      this.byCode.set(council.onsCode, council);
    }
    for (const council of councils) {
      for (const code of council.formerOnsCodes) if (!this.byCode.has(code)) this.byCode.set(code, council);
      for (const name of [council.name, ...council.otherNames]) this.index(name, council);
    }
    for (const company of companies) {
      for (const code of company.councils) {
        const council = this.byCode.get(code);
        if (!council) continue;
        for (const name of [company.name, ...company.otherNames]) this.index(name, council);
      }
    }
  }

  /** Councils that exist today, by name: the list a new installation chooses from. */
  current(): Council[] {
    return this.councils.filter((council) => !council.abolished).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  /** By its ONS code, or a code it had before. */
  byOnsCode(code: string): Council | null {
    return this.byCode.get(code.trim().toUpperCase()) ?? null;
  }

  /** Every council the name or code could be, best matches only; several means it is ambiguous. */
  findCouncils(nameOrCode: string): Council[] {
    const text = nameOrCode.trim();
    if (ONS_CODE.test(text.toUpperCase())) {
      const council = this.byOnsCode(text);
      return council ? [council] : [];
    }
    const full = normaliseCouncilName(text);
    const shortened = stripWords(full, false);
    if (!full || shortened.some((form) => this.noOneCouncil.has(form))) return [];
    // "City of London Council" is found by its name less the ending, "city of london", before its
    // key ("london") would be refused.
    for (const form of [full, shortened[shortened.length - 1]]) {
      const found = this.byName.get(form);
      if (found) return [...found];
    }
    const key = councilNameKey(full);
    if (this.noOneCouncil.has(key)) return [];
    return [...(this.byKey.get(key) ?? [])];
  }

  /** The one council the name or code names, or null when it names none or could be more than one. */
  findCouncil(nameOrCode: string): Council | null {
    const found = this.findCouncils(nameOrCode);
    return found.length === 1 ? found[0] : null;
  }

  /** Whether a report naming `name` is about the council with ONS code `ours`. */
  judgeNamedCouncil(name: string, ours: string): NamedCouncilVerdict {
    const council = this.byOnsCode(ours);
    const found = this.findCouncils(name);
    if (!council || !found.length) return { verdict: 'unknown' };
    if (found.includes(council)) {
      return found.length === 1 ? { verdict: 'same', council } : { verdict: 'unknown' };
    }
    const predecessors = found.filter((candidate) => candidate.abolished?.succeededBy.includes(council.onsCode));
    if (predecessors.length === found.length) return { verdict: 'predecessor', councils: predecessors };
    if (predecessors.length === 0) return { verdict: 'other', councils: found };
    return { verdict: 'unknown' };
  }

  private index(name: string, council: Council): void {
    const full = normaliseCouncilName(name);
    const shortened = stripWords(full, false);
    for (const [map, form] of [
      [this.byName, full],
      [this.byName, shortened[shortened.length - 1]],
      [this.byKey, councilNameKey(full)],
    ] as const) {
      if (!form || this.noOneCouncil.has(form)) continue;
      const set = map.get(form) ?? new Set<Council>();
      set.add(council);
      map.set(form, set);
    }
  }
}
