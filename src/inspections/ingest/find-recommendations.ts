/**
 * The recommendations: every item listed under a recommendations heading.
 *
 * Headings that open a list: *Recommendations*, *Areas for improvement*, *What needs to improve*
 * (also with a footnote mark run into it), *What does the local authority (the LSCB, …) need to
 * improve?*, *Outcome / Process Improvements* (which give the kind), *Priority actions*, *Priority and
 * immediate action*, *For immediate action*, *For action over the next six months*, *For action in the
 * longer term*. Inside a list, *Immediately*, *Within three months*, *Within six months* (and the like)
 * set the timescale of the items after them; a lead-in such as "the local authority should take the
 * following action" or "The LSCB should:" sets whom the items are addressed to, and so does the part of
 * a combined report they stand in (the board's review follows the council's inspection); a short
 * sub-heading followed by more recommendations is kept as the items' theme.
 *
 * An item starts at a list marker of any kind (text-lines.ts), a number ("5.", "(ii)", "4.3"), or — in
 * a list written without markers — a line that opens with an imperative ("Ensure …", "Improve …"). Its
 * wrapped lines are joined, and so is a sub-list under an item ending in ":". A numbered list stays
 * open across sub-headings while the numbers follow on, whatever an item's first word.
 *
 * The list ends at a heading that is not one of these (a Markdown or numbered section heading, or a
 * heading followed by something that is not a recommendation), at a judgement, at a lead-in that asks
 * for nothing ("… has the following strengths:"), or at prose that is not a recommendation. A
 * committee paper's own "RECOMMENDATION: That the report be noted" is a decision for members, not the
 * inspection's: it is reported as a warning. So is anything that would otherwise be lost: lines inside
 * a list that fit nothing, a skip in the numbering, a heading with no item under it. A heading under
 * which the report writes a paragraph instead of a list gives that paragraph, with a warning.
 */
import type { RecommendationKind, Timescale } from '../../domain/vocabulary';
import type { DraftRecommendation, DraftWarning } from './inspection-draft';
import {
  type ItemMarker,
  contentsLines,
  isBlank,
  isHeadingLike,
  isMarkdownHeading,
  isNumberedSectionHeading,
  itemMarker,
  joinWrapped,
  plain,
  words,
} from './text-lines';

export interface RecommendationFindings {
  recommendations: DraftRecommendation[];
  warnings: DraftWarning[];
}

type HeadingMeaning =
  | { type: 'section'; kind?: RecommendationKind; timescale?: Timescale | null; addressee?: string; priority?: boolean }
  | { type: 'timescale'; timescale: Timescale }
  | { type: 'committee' };

interface Section {
  heading: string;
  kind: RecommendationKind | null;
  timescale: Timescale | null;
  /** Opened by a priority action heading: its items are priority actions. */
  priority: boolean;
  /** Named for the whole list (a heading, or a lead-in before any timescale). */
  addressee: string | null;
  /** Named by a lead-in under a timescale heading: holds until the next timescale heading. */
  groupAddressee: string | null;
  timescaleSeen: boolean;
  theme: string | null;
  committee: boolean;
  items: number;
  unplaced: number;
  markers: Set<string>;
  /** 0-based line of the heading that opened the list. */
  headingLine: number;
  /** The number of the last numbered item, to follow the sequence across sub-headings and see gaps. */
  lastNumber: number | null;
  /** The last line of the last item taken, to quote what stands between it and a gap in the numbering. */
  lastItemLine: number;
  /** The report says there is nothing under this heading ("There are no areas for priority action"). */
  saidNone: boolean;
  /** Paragraphs of prose under the heading that were not items (each also warned about). */
  prose: { text: string; first: number; last: number; warning: DraftWarning }[];
}

interface Item {
  first: number;
  last: number;
  parts: string[];
  marker: ItemMarker | null;
  /** Set once the item has taken a sub-list ("… the response to children:" / "− experiencing neglect"). */
  nestedIndent?: number;
}

const IMPERATIVES = new Set(
  (
    'accelerate act address agree align analyse analyze appoint apply arrange assess audit build challenge ' +
    'check clarify collate collect commission communicate complete confirm consider consolidate continue ' +
    'coordinate co-ordinate create define deliver demonstrate design determine develop embed enable encourage ' +
    'engage enhance ensure establish evaluate expand explore extend facilitate finalise focus formalise ' +
    'further identify implement improve increase inform integrate introduce invest involve launch maintain ' +
    'make map measure monitor offer plan prepare prioritise prioritize produce promote provide publish put ' +
    'raise recruit reduce refresh reinforce resolve respond review revise secure seek set share simplify ' +
    'strengthen streamline support sustain tackle take target track train undertake update use widen work'
  ).split(' '),
);

const STOP_HEADINGS =
  /\b(strengths?|summary|findings|background|context|introduction|next steps|information about|about this|progress since|inspection judgements?|judgements? about|contents|implications|what the inspection judgements mean|the inspection team)\b/i;

/** "There are no areas for priority action", "The inspection did not find any areas for priority and immediate action". */
const SAYS_NONE =
  /^(?:there (?:are|were|is) no|the inspection (?:did not|does not|has not) (?:find|identify|identified) any|no)\b.{0,60}\b(?:areas?|actions?|recommendations?|improvements?)\b/i;

/** A part of a combined report: the council's inspection or the review of its safeguarding children board. */
const LSCB_PART =
  /^(?:section \d+\s*[:.–-]\s*)?(?:(?:the )?(?:review of )?(?:the )?effectiveness (?:of )?(?:the )?local safeguarding\b.*|the local safeguarding children['’]?s? board(?: \(lscb\))?)$/i;
/** The board's own judgement opens its part: "The effectiveness of the LSCB requires improvement". */
const LSCB_JUDGED =
  /^(?:the )?(?:effectiveness of (?:the )?)?(?:local safeguarding children['’]?s? board|lscb)(?: \(lscb\))? (?:is|requires?)\b/i;
const COUNCIL_PART = /^(?:section \d+\s*[:.–-]\s*)?the local authority$/i;

function headingText(line: string): string {
  return (
    words(line)
      .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,5}[.)]|\(?[a-z]\))\s+/i, '')
      // A footnote mark set against the heading's last word: "What needs to improve?1".
      .replace(/(?<=[\p{L}?:)])\d{1,2}$/u, '')
      .replace(/^[\s*_]+|[\s*_]+$/g, '')
      .trim()
  );
}

export function timescaleOf(text: string): Timescale | null {
  const t = text.toLowerCase().replace(/:$/, '').trim();
  if (
    /^(?:for\s+)?(?:priority\s+and\s+)?immediate(?:ly)?(?:\s+actions?)?$|^priority\s+actions?$|^for immediate action$|^(?:with)?in\s+(?:one|1)\s+month$/.test(
      t,
    )
  ) {
    return 'immediate';
  }
  if (/^(?:for action\s+)?(?:(?:with)?in|over|by)\s+(?:the next\s+)?(?:three|3)\s+months$/.test(t))
    return 'within_three_months';
  if (/^(?:for action\s+)?(?:(?:with)?in|over|by)\s+(?:the next\s+)?(?:six|6)\s+months$/.test(t))
    return 'within_six_months';
  if (
    /^(?:for action\s+)?(?:in\s+the\s+)?(?:longer|long|medium(?:\s+to\s+long(?:er)?)?)[- ]term$/.test(t) ||
    /^(?:for action\s+)?(?:(?:with)?in|over)\s+(?:the next\s+)?(?:nine|9|twelve|12|eighteen|18)\s+months$/.test(t)
  ) {
    return 'longer_term';
  }
  return null;
}

/** What a heading line means for the recommendations, or null when it is not one of theirs. */
export function recommendationHeading(line: string): HeadingMeaning | null {
  const raw = headingText(line);
  if (!raw || raw.length > 110) return null;
  if (/^recommendations?\s*:?\s*that\b/i.test(raw) || /^decisions?\s+(?:needed|required)$/i.test(raw)) {
    return { type: 'committee' };
  }
  const text = raw.replace(/[:?]$/, '').trim().toLowerCase();
  const question = raw.replace(/[:?]$/, '').trim();
  const asked = /^what (?:does|do|should) (.{2,60}?) (?:need to|do to) improve$/i.exec(question);
  if (asked) return { type: 'section', addressee: asked[1] };
  const told = /^what (.{2,60}?) (?:needs|need|should|must) (?:to )?do to improve$/i.exec(question);
  if (told) return { type: 'section', addressee: told[1] };
  const outcomeOrProcess = /^(outcome|process) improvements?$/.exec(text);
  if (outcomeOrProcess) return { type: 'section', kind: outcomeOrProcess[1] as RecommendationKind, timescale: null };
  if (
    /^(?:key |main |our |the |inspectors['’] )?recommendations?(?: (?:for|to) (?:improvement|action|development))?$/.test(
      text,
    ) ||
    /^(?:key |main |priority |the )?areas? (?:for|of|requiring|that require) (?:further )?(?:improvement|development|action)$/.test(
      text,
    ) ||
    /^what needs to (?:improve|be improved|happen)\b.{0,80}$/.test(text) ||
    /^(?:key )?improvements? (?:needed|required|identified|to be made)$/.test(text)
  ) {
    return { type: 'section', timescale: null };
  }
  const forWhom = /^recommendations? (?:for|to) (the .{2,60})$/.exec(raw.replace(/[:?]$/, '').trim());
  if (forWhom) return { type: 'section', timescale: null, addressee: forWhom[1] };
  if (
    /^priority and immediate actions?$|^priority actions?(?: for (?:the )?.{2,60})?$|^areas? for priority action$|^for immediate action$|^for action (?:over|within|in) /.test(
      text,
    )
  ) {
    if (/^priority actions?|^areas? for priority/.test(text))
      return { type: 'section', timescale: 'immediate', priority: true };
    const timescale = timescaleOf(text);
    if (timescale) return { type: 'section', timescale };
  }
  const timescale = timescaleOf(text);
  if (timescale) return { type: 'timescale', timescale };
  return null;
}

/** "the local authority should take the following action." → "the local authority". */
export function leadInAddressee(text: string): { isLeadIn: boolean; addressee: string | null } {
  const t = text.replace(/\s+/g, ' ').trim();
  const should =
    /(?:^|,\s*|\bthat\s+)((?:the\s+)?[\p{L}’' -]{2,80}?)\s+(?:should|must|needs? to)(?:\s+(?:take the following actions?|ensure that|do the following|consider the following))?\s*[.:]?$/iu.exec(
      t,
    );
  if (should) {
    const who = should[1].replace(/^(?:in order to .*?,\s*)/i, '').trim();
    return { isLeadIn: true, addressee: /^(it|they|we|you)$/i.test(who) ? null : who };
  }
  return { isLeadIn: /:$/.test(t), addressee: null };
}

function startsWithImperative(text: string): boolean {
  const first =
    text
      .trim()
      .split(/\s+/)[0]
      ?.toLowerCase()
      .replace(/[^a-z-]/g, '') ?? '';
  return IMPERATIVES.has(first);
}

/**
 * Whether an item asks someone to act: it opens with an imperative, says who should or must do
 * something, or opens with a phrase and then an imperative ("Working through the board, ensure that …").
 */
function asksForAction(text: string): boolean {
  if (startsWithImperative(text)) return true;
  const first = text.split(/(?<=[.;])\s/)[0] ?? '';
  if (/\b(?:should|must|needs? to|ought to)\b(?!\s+have\b)/i.test(first)) return true;
  return [...first.matchAll(/[,;]\s*(\p{Ll}[\p{L}-]*)/gu)].some((match) => IMPERATIVES.has(match[1]));
}

function numberOf(marker: ItemMarker | null): number | null {
  return marker?.kind === 'number' && /^\d{1,3}$/.test(marker.marker) ? Number(marker.marker) : null;
}

function continuesNumbering(section: Section, marker: ItemMarker | null): boolean {
  const number = numberOf(marker);
  return number !== null && section.lastNumber !== null && number === section.lastNumber + 1;
}

function isCommitteeDecision(text: string): boolean {
  return /\bbe (?:noted|endorsed|approved|agreed|received|considered|adopted|accepted)\b|^to note\b/i.test(text);
}

export function findRecommendations(lines: string[], judgementLines: Set<number>): RecommendationFindings {
  const recommendations: DraftRecommendation[] = [];
  const warnings: DraftWarning[] = [];
  let section: Section | null = null;
  let item: Item | null = null;
  /** Whom the part of a combined report being read addresses ("the LSCB" in its review of the board). */
  let partAddressee: string | null = null;
  const contents = contentsLines(lines);

  const closeItem = () => {
    if (!item || !section) {
      item = null;
      return;
    }
    const text = joinWrapped(item.parts.map((part) => plain(part)));
    const lead = leadInAddressee(text);
    if (
      lead.isLeadIn &&
      (!item.marker || item.marker.kind === 'number') &&
      /(?:should|must|need to|needs to|following actions?)[.:]?$|:$/i.test(text)
    ) {
      if (lead.addressee) setAddressee(section, lead.addressee);
    } else if (section.committee || isCommitteeDecision(text)) {
      warnings.push({
        line: item.first + 1,
        text,
        reason: "A recommendation to the committee (a decision for members), not one of the inspection's.",
        code: 'committee_recommendation',
      });
    } else if (text) {
      const number = numberOf(item.marker);
      if (number !== null && section.lastNumber !== null && number > section.lastNumber + 1) {
        warnings.push(numberingGap(lines, section, number, item.first));
      }
      if (number !== null) section.lastNumber = number;
      recommendations.push({
        text,
        kind: section.kind,
        timescale: section.timescale,
        ...(section.priority ? { priorityAction: true } : {}),
        addressee: section.groupAddressee ?? section.addressee,
        lines: [item.first + 1, item.last + 1],
        heading: section.heading,
        theme: section.theme,
        reference: item.marker && item.marker.kind !== 'bullet' ? item.marker.marker : null,
      });
      section.items++;
      section.lastItemLine = item.last;
      if (item.marker) section.markers.add(markerStyle(item.marker));
    }
    item = null;
  };
  /** `next`: the recommendations heading that takes over, when one does. */
  const closeSection = (next: 'heading' | null = null) => {
    closeItem();
    const closing = section as Section | null;
    section = null;
    // Prose followed by a recommendations heading introduced that list; it stays a warning.
    if (!closing || closing.items > 0 || closing.committee || closing.saidNone || next === 'heading') return;
    if (closing.prose.length) {
      // Some reports write what needs to improve as a paragraph rather than a list: take it, and say so.
      for (const paragraph of closing.prose) {
        recommendations.push({
          text: paragraph.text,
          kind: closing.kind,
          timescale: closing.timescale,
          ...(closing.priority ? { priorityAction: true } : {}),
          addressee: closing.groupAddressee ?? closing.addressee,
          lines: [paragraph.first + 1, paragraph.last + 1],
          heading: closing.heading,
          theme: closing.theme,
          reference: null,
        });
        paragraph.warning.code = 'recommendation_from_prose';
        paragraph.warning.reason = `Read as a recommendation: under "${closing.heading}" the report writes what needs to improve as a paragraph, not as a list. Check its wording.`;
      }
      return;
    }
    const following = quoteFrom(lines, closing.headingLine + 1, 3);
    warnings.push({
      line: closing.headingLine + 1,
      text: following,
      reason: `The heading "${closing.heading}" opens a list of recommendations, but no item could be read under it.${following ? ' The lines that follow are quoted here.' : ''}`,
      code: 'empty_recommendations_heading',
    });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      closeItem();
      continue;
    }
    if (contents.has(i)) continue;
    const standing = standsAsHeading(lines, i);
    if (standing || mayInterrupt(lines, i)) {
      // In a combined report the review of the board follows the council's inspection and its list.
      const part = headingText(line);
      const board = recommendations.length > 0 && (LSCB_PART.test(part) || LSCB_JUDGED.test(part));
      if (board || COUNCIL_PART.test(part)) {
        partAddressee = board ? 'the LSCB' : 'the local authority';
        if (section) closeSection();
        continue;
      }
    }
    const heading = standing || mayInterrupt(lines, i) ? recommendationHeading(line) : null;
    if (heading) {
      closeItem();
      if (heading.type === 'committee') {
        if (section) closeSection('heading');
        section = newSection(headingText(line), true, i);
      } else if (heading.type === 'timescale') {
        if (!section) continue;
        section.timescale = heading.timescale;
        section.timescaleSeen = true;
        section.groupAddressee = null;
        section.theme = null;
      } else {
        const keepAddressee: string | null = (section as Section | null)?.addressee ?? null;
        const keepNumber: number | null = (section as Section | null)?.lastNumber ?? null;
        if (section) closeSection('heading');
        section = newSection(headingText(line).replace(/[:]$/, ''), false, i);
        section.kind = heading.kind ?? null;
        section.timescale = heading.timescale ?? null;
        section.priority = heading.priority ?? false;
        section.timescaleSeen = heading.timescale !== undefined && heading.timescale !== null;
        section.addressee = heading.addressee ?? (heading.kind ? null : (keepAddressee ?? partAddressee));
        // "Priority and immediate action" 1–5, then "Areas for improvement" 6–14: one numbering.
        section.lastNumber = keepNumber;
      }
      continue;
    }
    if (!section) continue;
    const current: Section = section;

    if (
      judgementLines.has(i) ||
      isMarkdownHeading(line) ||
      (isNumberedSectionHeading(line) && (!item || isCapitalHeading(line))) ||
      (item && isCapitalHeading(line))
    ) {
      closeSection();
      continue;
    }

    const marker = itemMarker(line);
    if (marker) {
      const open = item as Item | null;
      const nested =
        open &&
        marker.indent > (open.marker?.indent ?? 0) &&
        (/:$/.test(words(open.parts[open.parts.length - 1] ?? '')) ||
          (open.nestedIndent !== undefined && marker.indent >= open.nestedIndent - 1));
      if (open && nested) {
        open.nestedIndent ??= marker.indent;
        open.parts.push(marker.rest);
        open.last = i;
        continue;
      }
      closeItem();
      if (
        current.items > 0 &&
        !current.committee &&
        !sameListStyle(current, marker) &&
        !continuesNumbering(current, marker) &&
        !startsWithImperative(marker.rest) &&
        isDeclarative(marker.rest)
      ) {
        closeSection();
        continue;
      }
      item = { first: i, last: i, parts: [marker.rest], marker };
      continue;
    }

    const text = words(line);
    let open = item as Item | null;
    if (open?.marker && line.search(/\S/) < open.marker.indent && /^[\p{Lu}\d]/u.test(text)) {
      // Less indented than the item's own bullet: not its continuation but what comes after the list.
      closeItem();
      open = null;
    }
    if (open) {
      const startsAnother =
        !open.marker &&
        startsWithImperative(text) &&
        /^\p{Lu}/u.test(text) &&
        /[.!?]["'’”)]*$/.test(words(open.parts[open.parts.length - 1]));
      if (!startsAnother) {
        open.parts.push(line);
        open.last = i;
        continue;
      }
      closeItem();
    }

    const paragraph = paragraphFrom(lines, i);
    if (SAYS_NONE.test(paragraph.text)) {
      current.saidNone = true;
      i = paragraph.last;
      continue;
    }

    // Prose: a lead-in naming whom the items are for ("The local partnership should:").
    const lead = leadInAddressee(paragraph.text);
    if (lead.isLeadIn) {
      // "The local authority has the following strengths:" introduces no recommendations.
      if (current.items > 0 && !ASKING_WORDS.test(paragraph.text)) {
        closeSection();
        continue;
      }
      if (lead.addressee) setAddressee(current, lead.addressee);
      i = paragraph.last;
      continue;
    }

    if (isHeadingLike(lines, i) || (text.length <= 80 && !/[.;,:]$/.test(text) && !startsWithImperative(text))) {
      const next = nextContent(lines, i);
      const nextMarker = next !== null ? itemMarker(lines[next]) : null;
      const nextLast = next !== null ? paragraphFrom(lines, next).last : -1;
      const nextText =
        next !== null
          ? joinWrapped([nextMarker ? nextMarker.rest : lines[next], ...lines.slice(next + 1, nextLast + 1)])
          : '';
      const nextNumber = numberOf(nextMarker);
      // A numbered list runs on across its sub-headings while the numbers follow on.
      const numberedOn =
        nextNumber !== null &&
        asksForAction(nextText) &&
        (current.lastNumber === null ? current.items === 0 : nextNumber === current.lastNumber + 1);
      const introducesMore =
        next !== null &&
        !STOP_HEADINGS.test(text) &&
        !judgementLines.has(next) &&
        (nextMarker
          ? startsWithImperative(nextText) ||
            (nextMarker.kind === 'bullet' && sameListStyle(current, nextMarker)) ||
            numberedOn
          : startsWithImperative(nextText));
      if (introducesMore) {
        current.theme = text.replace(/:$/, '');
        continue;
      }
      closeSection();
      continue;
    }

    if (startsWithImperative(text) && /^\p{Lu}/u.test(text)) {
      item = { first: i, last: i, parts: [line], marker: null };
      continue;
    }

    // Other prose ends the list (or, before any item, is something the parser could not place).
    if (current.committee) {
      warnings.push({
        line: i + 1,
        text: paragraph.text.slice(0, 300),
        reason: "A recommendation to the committee (a decision for members), not one of the inspection's.",
        code: 'committee_recommendation',
      });
      i = paragraph.last;
      continue;
    }
    if (current.items > 0) {
      closeSection();
      continue;
    }
    const warning: DraftWarning = {
      line: i + 1,
      text: paragraph.text.slice(0, 300),
      reason: 'Under a recommendations heading, but not a recommendation the parser could read.',
      code: 'unplaced_in_recommendations',
    };
    warnings.push(warning);
    if (current.prose.length < 2) current.prose.push({ text: paragraph.text, first: i, last: paragraph.last, warning });
    i = paragraph.last;
    if (++current.unplaced >= 3) {
      current.prose = [];
      closeSection();
    }
  }
  closeSection();
  return { recommendations, warnings };
}

/** Words that make a lead-in introduce things to do rather than things found. */
const ASKING_WORDS = /\b(?:should|must|needs? to|improve|improvements?|actions?|recommend\w*|priorit\w*)\b/i;

/** Up to `count` non-blank lines from `from` (and before `end`), joined: what a warning quotes. */
function quoteFrom(lines: string[], from: number, count: number, end = lines.length): string {
  const quoted: string[] = [];
  for (let i = from; i < Math.min(end, lines.length) && quoted.length < count && i < from + 12; i++) {
    if (!isBlank(lines[i])) quoted.push(words(lines[i]));
  }
  return quoted.join(' / ').slice(0, 300);
}

/** Items the numbering says exist but that were not read: the lines between the last item and this one. */
function numberingGap(lines: string[], section: Section, number: number, first: number): DraftWarning {
  const missing =
    number - section.lastNumber! === 2 ? `${section.lastNumber! + 1}` : `${section.lastNumber! + 1}–${number - 1}`;
  const between = quoteFrom(lines, section.lastItemLine + 1, 3, first);
  const hasLines = lines.slice(section.lastItemLine + 1, first).some((line) => !isBlank(line));
  return {
    line: hasLines ? section.lastItemLine + 2 : first + 1,
    text: hasLines ? between : words(lines[first]),
    reason: `The numbering of the recommendations skips from ${section.lastNumber} to ${number}: item ${missing} was not read.${hasLines ? ' The lines between are quoted here.' : ''}`,
    code: 'numbering_gap',
  };
}

function newSection(heading: string, committee: boolean, headingLine: number): Section {
  return {
    heading,
    kind: null,
    timescale: null,
    priority: false,
    addressee: null,
    groupAddressee: null,
    timescaleSeen: false,
    theme: null,
    committee,
    items: 0,
    unplaced: 0,
    markers: new Set(),
    headingLine,
    lastNumber: null,
    lastItemLine: headingLine,
    saidNone: false,
    prose: [],
  };
}

function setAddressee(section: Section, addressee: string): void {
  if (section.timescaleSeen) section.groupAddressee = addressee;
  else section.addressee = addressee;
}

function markerStyle(marker: ItemMarker): string {
  return marker.kind === 'bullet' ? `bullet:${marker.marker}` : marker.kind;
}

function sameListStyle(section: Section, marker: ItemMarker): boolean {
  return section.markers.size === 0 || section.markers.has(markerStyle(marker));
}

/** Prose that states rather than asks: "The five-year strategic partnership … is providing …". */
function isDeclarative(text: string): boolean {
  return (
    /\b(?:is|are|was|were|has|have|had|provides?|remains?)\b/i.test(text.split(/[.;]/)[0] ?? '') &&
    !startsWithImperative(text)
  );
}

/** The prose paragraph starting at `index`: its lines up to a blank line or a list item. */
function paragraphFrom(lines: string[], index: number): { text: string; last: number } {
  let last = index;
  while (last + 1 < lines.length && !isBlank(lines[last + 1]) && !itemMarker(lines[last + 1])) last++;
  return { text: joinWrapped(lines.slice(index, last + 1).map((line) => plain(line))), last };
}

function nextContent(lines: string[], index: number): number | null {
  for (let i = index + 1; i < lines.length && i <= index + 4; i++) if (!isBlank(lines[i])) return i;
  return null;
}

/**
 * Whether a line may be a heading though it follows a list item without a blank line (PDFs often
 * have none): it starts with a capital and the line before does not run on into it.
 */
function mayInterrupt(lines: string[], index: number): boolean {
  const previous = words(lines[index - 1] ?? '');
  return (
    /^\p{Lu}/u.test(words(lines[index])) &&
    !/(?:[,\-–&/]|\b(?:and|or|of|the|to|for|in|with|a|an|by|on|at|from))$/i.test(previous)
  );
}

/** "5.0 NEXT STEPS:", "RISK MANAGEMENT": a section heading even straight after a list item. */
function isCapitalHeading(line: string): boolean {
  const text = words(line).replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
  if (!text || text.length > 80 || !/\p{L}{3}/u.test(text) || /[.;,]$/.test(text)) return false;
  const longWords = text.split(' ').filter((word) => /\p{L}{2}/u.test(word)).length;
  return text === text.toUpperCase() && (longWords >= 2 || /:$/.test(text));
}

/** Whether a line can be a heading: Markdown, or standing alone after a blank line or a finished sentence. */
function standsAsHeading(lines: string[], index: number): boolean {
  if (isMarkdownHeading(lines[index])) return true;
  const text = words(lines[index]);
  if (text.length > 110) return false;
  const previous = lines[index - 1];
  if (index === 0 || isBlank(previous) || /:$/.test(text)) return true;
  return /[.:?!]["'’”)]*$/.test(words(previous)) && /^[\p{Lu}\d]/u.test(text);
}
