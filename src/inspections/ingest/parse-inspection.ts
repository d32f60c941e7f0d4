/**
 * From what Ofsted (or a council's summary paper) published to an inspection draft for the clerk to
 * review. `parseInspectionText` is pure and synchronous; `importInspection` adds format detection and
 * text extraction. Neither throws: a bad file is a 4xx with a sentence a clerk understands, and
 * anything the parser saw but could not place is a warning with its line number.
 */
import type { InspectionKind } from '../../domain/vocabulary';
import { detectFormat, UNSUPPORTED_MESSAGE, WEB_PAGE_MESSAGE } from './detect-format';
import { extractDocxText } from './extract-docx';
import { extractPdfText, type PdfExtractOptions } from './extract-pdf';
import { findAuthority, findDates, findKind } from './find-metadata';
import { findJudgements } from './find-judgements';
import { findRecommendations } from './find-recommendations';
import { defaultScale, detectScale } from './grades';
import { findLayout, missingJudgements } from './layouts';
import {
  type DraftWarning,
  type ImportResult,
  type InspectionDraft,
  MAX_TEXT_CHARACTERS,
  MAX_TEXT_LINES,
  MAX_UPLOAD_BYTES,
  type SourceFormat,
} from './inspection-draft';
import { draftFromJson } from './json-draft';
import { removePageFurniture } from './page-furniture';
import { withWordsCache, words } from './text-lines';

export type { ImportResult, InspectionDraft } from './inspection-draft';

/** Line endings unified, a BOM dropped, control characters blanked, page furniture removed. */
export function normaliseSourceText(text: string): string {
  const unified = String(text)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ' ');
  return removePageFurniture(unified);
}

export function parseInspectionText(text: string): InspectionDraft {
  let source = '';
  try {
    source = normaliseSourceText(text);
    return withWordsCache(() => parseLines(source));
  } catch (error) {
    return {
      authority: { name: null, lines: null },
      kind: 'OTHER',
      kindLines: null,
      dates: {},
      judgements: [],
      recommendations: [],
      warnings: [
        {
          line: null,
          text: '',
          reason: `The parser stopped on an unexpected problem (${(error as Error)?.message ?? 'unknown'}); nothing was taken from this document.`,
          code: 'parser_error',
        },
      ],
      text: source || String(text ?? ''),
    };
  }
}

function parseLines(source: string): InspectionDraft {
  const lines = source.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();

  const kind = findKind(lines);
  const authority = findAuthority(lines);
  const dates = findDates(lines);
  const year = Number((dates.inspection?.from ?? dates.published?.date ?? dates.paper?.date ?? '').slice(0, 4)) || null;
  const scale = detectScale(lines) ?? defaultScale(kind.kind);

  const judgements = findJudgements(lines, kind.kind, scale, year);
  const recommendations = findRecommendations(lines, judgements.claimed);
  const layout = findLayout(lines, kind.kind, dates, judgements.judgements);
  const warnings = [...judgements.warnings, ...recommendations.warnings];
  if (layout && judgements.judgements.length)
    warnings.push(...missingJudgements(lines, layout, kind.kind, judgements.judgements));

  if (!authority.name) {
    warnings.push({
      line: null,
      text: '',
      reason: 'No authority was found: the document does not name the council it is about.',
      code: 'no_authority',
    });
  }
  if (!judgements.judgements.length && layout?.judgements.length !== 0) {
    warnings.push(...noJudgementWarnings(lines, warnings, kind.kind));
  }
  if (!recommendations.recommendations.length) {
    warnings.push({
      line: null,
      text: '',
      reason:
        'No recommendations were found: no list under a heading such as "Recommendations", "Areas for improvement" or "What needs to improve".',
      code: 'no_recommendations',
    });
  }
  warnings.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));

  return {
    authority,
    kind: kind.kind,
    kindLines: kind.lines,
    layout,
    dates,
    judgements: judgements.judgements,
    recommendations: recommendations.recommendations,
    warnings,
    text: source,
  };
}

const PROCESS_TALK =
  /\b(?:will|would|shall|is likely to|are likely to|expected to)\b.*\b(?:grades?|grading|graded|judgements?|judged|scored?|scoring)\b|\b(?:grades?|grading|graded|judgements?|judged|scored?|scoring)\b.*\b(?:will|would|shall|is likely to)\b/i;

/**
 * With no judgements, say why: the lines that talk about grading in the future tense describe the
 * process, and the warnings already given tell whether the grades seen were a scale or earlier ones.
 */
function noJudgementWarnings(lines: string[], warnings: DraftWarning[], kind: InspectionKind): DraftWarning[] {
  const out: DraftWarning[] = [];
  const warned = new Set(warnings.map((warning) => warning.line));
  lines.forEach((line, index) => {
    const text = words(line);
    if (out.length < 10 && !warned.has(index + 1) && PROCESS_TALK.test(text)) {
      out.push({
        line: index + 1,
        text: text.slice(0, 300),
        reason: 'Describes how the inspection will judge or grade, not a judgement it gave.',
        code: 'process_description',
      });
    }
  });
  const codes = new Set([...warnings, ...out].map((warning) => warning.code));
  const why: string[] = [];
  if (codes.has('grade_scale')) why.push('describes the grading scale');
  if (codes.has('process_description')) why.push('describes the inspection process');
  if (codes.has('earlier_inspection')) why.push("quotes earlier inspections' grades");
  if (codes.has('grade_count')) why.push('counts grades rather than giving them');
  const first = [...warnings, ...out].filter((warning) => warning.line !== null).sort((a, b) => a.line! - b.line!)[0];
  out.push({
    line: first?.line ?? null,
    text: first?.text ?? '',
    reason: why.length
      ? `No judgements of this inspection were found: the document ${joinReasons(why)}.`
      : `No judgements were found${kind === 'OTHER' ? '' : ` for this ${kind} document`}: no grade table, "Area: Grade" line or graded sentence.`,
    code: 'no_judgements',
  });
  return out;
}

function joinReasons(reasons: string[]): string {
  return reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}

export interface ImportOptions {
  pdf?: PdfExtractOptions;
}

const FORMAT_BY_EXTENSION: Record<string, string> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  doc: 'a Word document',
  json: 'a JSON file',
  txt: 'a text file',
  md: 'a text file',
};

export async function importInspection(
  bytes: Buffer | Uint8Array,
  fileName?: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes ?? []);
    if (buffer.length === 0) return { ok: false, status: 400, message: 'The file is empty.' };
    if (buffer.length > MAX_UPLOAD_BYTES) {
      return { ok: false, status: 413, message: 'This file is larger than 20 MB, the most the import accepts.' };
    }
    const detected = detectFormat(buffer);
    switch (detected.format) {
      case 'unsupported':
        return { ok: false, status: 415, message: withNameHint(detected.message, fileName) };
      case 'pdf': {
        const extracted = await extractPdfText(buffer, options.pdf);
        if (!extracted.ok) return { ok: false, status: extracted.unavailable ? 503 : 422, message: extracted.message };
        // Normalised once here: the check for words and the parse read the same text.
        const text = normaliseSourceText(extracted.text);
        if (!/\p{L}{2}/u.test(text)) {
          return {
            ok: false,
            status: 422,
            message:
              'This PDF has no text to read: it may be a scanned image. Please upload the report as Ofsted published it, or a Word or text copy.',
          };
        }
        return fromText(text, 'pdf');
      }
      case 'docx': {
        const extracted = extractDocxText(buffer);
        if (!extracted.ok) return { ok: false, status: 422, message: extracted.message };
        if (!/\p{L}{2}/u.test(extracted.text)) {
          return { ok: false, status: 422, message: 'This Word document has no text in it.' };
        }
        return fromText(extracted.text, 'docx');
      }
      case 'json': {
        const parsed = draftFromJson(detected.text);
        if (!parsed.ok) return { ok: false, status: 422, message: parsed.message };
        return { ok: true, draft: parsed.draft, format: 'json', text: parsed.draft.text };
      }
      case 'text':
        if (!/\p{L}/u.test(detected.text))
          return { ok: false, status: 422, message: 'This text file has no words in it.' };
        return fromText(detected.text, 'text');
    }
  } catch {
    return { ok: false, status: 422, message: 'This file could not be read.' };
  }
}

function fromText(text: string, format: SourceFormat): ImportResult {
  const tooLong = tooMuchText(text);
  if (tooLong) {
    return {
      ok: false,
      status: 422,
      message: `This document holds more text than an inspection report could (${tooLong}). Please upload the report on its own.`,
    };
  }
  const draft = parseInspectionText(text);
  return { ok: true, draft, format, text: draft.text };
}

/** How the text exceeds what any report holds, in words; null when it does not. */
function tooMuchText(text: string): string | null {
  if (text.length > MAX_TEXT_CHARACTERS) {
    return `${Math.round(text.length / 1000).toLocaleString('en-GB')} thousand characters, where the longest reports hold about 140 thousand`;
  }
  const lines = text.length > MAX_TEXT_LINES ? text.split('\n').length : 0;
  if (lines > MAX_TEXT_LINES) {
    return `${lines.toLocaleString('en-GB')} lines, where the longest reports run to about 2,300`;
  }
  return null;
}

/** "… (its name ends in .pdf, but its contents are not a PDF)": tells the clerk what went wrong. */
function withNameHint(message: string, fileName?: string): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  const claimed = extension ? FORMAT_BY_EXTENSION[extension] : undefined;
  if (!claimed) return message;
  if (message === WEB_PAGE_MESSAGE && extension !== 'txt' && extension !== 'md') {
    return message.replace('This file is a web page', `This file is a web page saved with a .${extension} name`);
  }
  if (message !== UNSUPPORTED_MESSAGE) return message;
  return `${message} Its name ends in .${extension}, but its contents are not ${claimed}.`;
}
