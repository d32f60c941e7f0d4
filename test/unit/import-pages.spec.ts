import { draftChangesFrom, draftControls, draftFormValues } from '../../src/inspections/import.form';
import { discardCheck, importStartView, sourceLines } from '../../src/inspections/import.view';
import type { InspectionDraftEntity } from '../../src/inspections/inspection-draft.entity';
import { FormRefused, afterSubmit, hasErrors, refuse } from '../../src/web/pages';
import { checkAs, firstOf } from '../../src/web/form-validation';
import { cursorFrom, historyView } from '../../src/web/change-page';
import { IsString, Length } from 'class-validator';

const content = {
  title: 'Joint Area Review of Halton',
  inspectorate: 'Ofsted',
  authority: { name: 'Halton', lines: [2, 2] },
  kind: 'JAR',
  kindLines: [1, 1],
  dates: { inspection: { from: '2008-03-03', to: '2008-03-14', lines: [3, 3] }, published: null },
  judgements: [
    {
      key: 'safeguarding',
      label: 'Safeguarding',
      grade: { published: 'Good', normalised: 'good' },
      scored: true,
      lines: [4, 4],
    },
  ],
  recommendations: [
    {
      text: 'Cut the caseloads',
      kind: 'outcome',
      timescale: null,
      addressee: null,
      judgementAreaKey: null,
      lines: [5, 6],
    },
    { text: 'Train the staff', kind: null, timescale: null, addressee: null, judgementAreaKey: null, lines: null },
  ],
};

const draft = {
  id: 'd1',
  fileName: 'halton.pdf',
  version: 2,
  format: 'pdf',
  createdAt: new Date('2008-05-01T10:00:00Z'),
  extractedText: 'JAR\nHalton\nMarch 2008\nSafeguarding: good\nCut the\ncaseloads',
  draft: content,
} as unknown as InspectionDraftEntity;

describe('the import pages as view models', () => {
  it('marks each line of the source with the items read from it', () => {
    const sut = sourceLines(draft);
    expect(sut[3]).toMatchObject({
      number: 4,
      kind: 'judgement',
      starts: [{ id: 'item-judgement-0', label: 'Judgement 1: Safeguarding' }],
    });
    expect(sut[5]).toMatchObject({ kind: 'recommendation', starts: [] });
  });

  it('fills the correction form from the draft, and lists its controls down the page', () => {
    expect(draftFormValues(draft.draft)).toMatchObject({
      title: 'Joint Area Review of Halton',
      fieldworkStart: '2008-03-03',
      'judgements-0-scored': 'yes',
      'recommendations-1-kind': '',
    });
    expect(draftControls(draft.draft).slice(-2)).toEqual(['recommendations-1-timescale', 'recommendations-new-text']);
  });

  it('reads a correction: a removed recommendation goes, an added one comes, and its errors go back on the form', () => {
    const sent = {
      ...draftFormValues(draft.draft),
      'fieldworkStart-day': '',
      'fieldworkEnd-day': '14',
      'fieldworkEnd-month': '3',
      'fieldworkEnd-year': '2008',
      'recommendations-0-remove': 'yes',
      'recommendations-new-text': 'Audit the files',
    };
    const sut = draftChangesFrom(sent, draft.draft);
    expect((sut.changes.recommendations as { text: string }[]).map((item) => item.text)).toEqual([
      'Train the staff',
      'Audit the files',
    ]);
    expect(sut.errors).toEqual({ fieldworkStart: 'Enter the first day of fieldwork too' });
    expect(sut.onForm('recommendations-1-text')).toBe('recommendations-new-text');
  });

  it('lists the drafts on the start page and asks before one is discarded', () => {
    expect(importStartView([draft], [], true, {}).drafts).toEqual([
      { id: 'd1', fileName: 'halton.pdf', title: 'Joint Area Review of Halton', createdAt: draft.createdAt },
    ]);
    expect(discardCheck(draft)).toMatchObject({ action: '/import/drafts/d1/discard', dangerous: true });
  });
});

describe('the shared page helpers', () => {
  class Named {
    @IsString() @Length(3, 10) name: string;
  }

  it('answers a saved form with where to go, and refuses one with the page again', async () => {
    await expect(
      afterSubmit(
        { ok: true, saved: 'x1' },
        (id) => `/things/${id}`,
        'pages/t.njk',
        () => ({}),
      ),
    ).resolves.toEqual({
      url: '/things/x1',
    });
    const refused = afterSubmit(
      { ok: false, status: 409, errors: { name: 'Taken' } },
      '/',
      'pages/t.njk',
      (errors) => ({ errors }),
    );
    await expect(refused).rejects.toEqual(new FormRefused('pages/t.njk', { errors: { name: 'Taken' } }, 409));
    expect(() => refuse('pages/t.njk', {})).toThrow(FormRefused);
  });

  it('checks a form against a DTO, the page’s own errors winning', async () => {
    expect(await checkAs(Named, { name: 'x' }, {}, { name: 'Enter a name' })).toEqual({ name: 'Enter a name' });
    expect(await checkAs(Named, { name: 'x' }, { name: 'Too short' })).toEqual({ name: 'Too short' });
    expect(hasErrors({})).toBe(false);
    expect(firstOf({ a: 'One', b: 'Two' }, 'file')).toEqual({ file: 'One' });
    expect(firstOf({}, 'file')).toEqual({});
  });

  it('links a history page to the newest and the older events', () => {
    const words = { pageTitle: 'H', caption: 'C', heading: 'H', intro: 'I', breadcrumbs: [] };
    expect(historyView(words, '/plans/p1', cursorFrom('e9'), { events: [], nextBefore: 'e5' })).toMatchObject({
      newestHref: '/plans/p1/history',
      olderHref: '/plans/p1/history?before=e5',
    });
    expect(cursorFrom('')).toBeUndefined();
  });
});
