/**
 * The same Halton paper as a Word document and as a PDF (made here, with page headers and "Page x
 * of y" footers) must give the same draft as the text: same authority, kind, date, judgements and
 * recommendations — only the line numbers differ, as each refers to its own extracted text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InspectionDraft } from '../../../src/inspections/ingest/inspection-draft';
import { importInspection, parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';
import { renderDocx, renderPdf } from './render-documents';

const HALTON = readFileSync(join(__dirname, '../../fixtures/halton-jar-executive-board-2008.txt'), 'utf8');

/** A draft without its provenance: what must not depend on the file format. */
function content(draft: InspectionDraft) {
  return {
    authority: draft.authority.name,
    kind: draft.kind,
    paperDate: draft.dates.paper?.date,
    judgements: draft.judgements.map(({ key, label, grade, scored }) => ({ key, label, grade, scored })),
    recommendations: draft.recommendations.map(({ text, kind, timescale, addressee }) => ({
      text,
      kind,
      timescale,
      addressee,
    })),
  };
}

describe('the Halton paper in other formats', () => {
  const fromText = content(parseInspectionText(HALTON));

  it('as Word (.docx): the same draft as the text', async () => {
    const bytes = await renderDocx(HALTON);
    const result = await importInspection(bytes, 'halton.docx');
    if (!result.ok) throw new Error(result.message);

    expect(result.format).toBe('docx');
    expect(content(result.draft)).toEqual(fromText);
    expect(result.text).toContain('Safeguarding\tOutstanding');
    for (const recommendation of result.draft.recommendations) {
      expect(result.text.split('\n')[recommendation.lines![0] - 1]).toContain(recommendation.text);
    }
  });

  it('as PDF with running headers and page footers: the same draft as the text', async () => {
    const bytes = await renderPdf(HALTON, 'Halton Borough Council – Executive Board – Joint Area Review');
    const result = await importInspection(bytes, 'halton.pdf');
    if (!result.ok) throw new Error(result.message);

    expect(result.format).toBe('pdf');
    expect(content(result.draft)).toEqual(fromText);
    expect(result.text).not.toMatch(/Page \d+ of \d+/);
    expect(result.text).not.toContain('Executive Board – Joint Area Review');
  });
});
