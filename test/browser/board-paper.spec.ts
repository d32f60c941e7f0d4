/**
 * Board papers printed in real Chromium for the Halton example, in both house styles, read back
 * with poppler: what a committee clerk would check before the paper goes on an agenda.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from 'canvas';
import { PdfRenderer } from '../../src/reports/pdf/pdf-renderer';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { printThroughApi } from '../support/paper-jobs';

const ARTIFACTS = join(__dirname, '..', '..', 'test-results', 'papers');

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-'));
  const file = join(dir, 'paper.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

function pdfInfo(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-'));
  const file = join(dir, 'paper.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

function firstPagePng(pdf: Buffer, name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(ARTIFACTS, name)]);
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe(`board papers (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let clerk: string;
  let planId: string;

  beforeAll(async () => {
    // A Chromium of the app's own, not the run's: one test kills it mid-print.
    sut = await startTestApp('papers', { exampleData: 'halton', puppeteerBrowserWsEndpoint: null });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
  });
  afterAll(() => sut.close());

  const paperRequest = (overrides: Record<string, unknown> = {}) => ({
    committee: 'Executive Board',
    meetingDate: '2009-10-29',
    agendaItem: '7',
    reportingOfficer: 'Strategic Director – Children & Young People',
    subject: 'Joint Area Review: progress on the improvement plan',
    asOf: '2009-10-20',
    recommendations: ['the report be noted', 'the actions proposed for the red items be endorsed'],
    implications: { financial: 'The actions are met from existing budgets.', legal: '' },
    ...overrides,
  });

  const print = async (overrides: Record<string, unknown> = {}) => {
    const created = { body: await printThroughApi(sut, planId, clerk, paperRequest(overrides)) };
    const pdf = await sut
      .http()
      .get(created.body.href)
      .set('Authorization', clerk)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    return { paper: created.body, pdf: pdf.body as Buffer };
  };

  it.each(['executive-board', 'cabinet'])(
    'prints the %s house style with the front sheet, grades, exceptions, indicators and page numbers',
    async (houseStyle) => {
      const { paper, pdf } = await print({ houseStyle });
      firstPagePng(pdf, houseStyle);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = squash(pdfText(pdf));
      if (houseStyle === 'executive-board') {
        expect(text).toMatch(/REPORT TO: Executive Board/);
        expect(text).toMatch(/REPORTING OFFICER: Strategic Director – Children & Young People/);
        expect(text).toMatch(/1\.0 PURPOSE OF THE REPORT/);
        // No next steps were written, so the implications take the next number after How we compare.
        expect(text).toMatch(/7\.0 HOW WE COMPARE/);
        expect(text).toMatch(/8\.0 IMPLICATIONS/);
        expect(text).not.toMatch(/9\.0 IMPLICATIONS/);
      } else {
        expect(text).toMatch(/Meeting: Executive Board/);
        expect(text).toMatch(/Responsible Officer: Strategic Director/);
        expect(text).toMatch(/Section 1 – Summary/);
      }
      expect(text).toContain('29 October 2009');
      for (const [area, grade] of [
        ['Safeguarding', 'Outstanding'],
        ['Children in Care', 'Good'],
        ['Learning Difficulties and Disabilities', 'Good'],
        ['Service Management', 'Good'],
        ['Capacity to Improve', 'Outstanding'],
        ['Health', 'Adequate'],
        ['Youth Support', 'Good'],
      ]) {
        expect(text).toMatch(new RegExp(`${area} ${grade}`));
      }
      // Red and amber as worked out for the dashboard on 20 October 2009, each with its reason.
      expect(text).toMatch(/O4 .*Red/);
      expect(text).toContain('The owner reports red.');
      expect(text).toContain('The owner reports amber.');
      for (const code of [
        'NI 117',
        'NI 53',
        'NI 62',
        'NI 148',
        'NI 147',
        'NI 55',
        'NI 56',
        'NI 103',
        'HBC L01',
        'HBC L02',
      ]) {
        expect(text).toContain(code);
      }
      expect(text).toMatch(/Page 1 of \d+/);
      expect(text).toContain('The actions are met from existing budgets.');
      expect(text).not.toContain('Legal implications');
      const info = pdfInfo(pdf);
      expect(info).toMatch(
        /Title:\s+Joint Area Review: progress on the improvement plan – Executive Board, 29 October 2009/,
      );
      expect(info).toMatch(/Tagged:\s+yes/);
      const raw = pdf.toString('latin1');
      expect(raw).toContain('/Lang (en-GB)');
      // Every chart has a text alternative: the status chart, the area chart and one per indicator.
      expect((raw.match(/\/Alt\s*\(/g) ?? []).length).toBeGreaterThanOrEqual(12);
      expect(paper.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('prints the council’s logo at the head of the front sheet, with the council’s name as its text', async () => {
    const imagesOnPageOne = (pdf: Buffer) => {
      const file = join(mkdtempSync(join(tmpdir(), 'paper-')), 'paper.pdf');
      writeFileSync(file, pdf);
      return execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
    };
    const without = imagesOnPageOne((await print()).pdf);
    const admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    const authorityId = (await sut.http().get('/api/v1/authorities').set('Authorization', admin).expect(200)).body[0]
      .id;
    const logo = createCanvas(240, 80);
    const context = logo.getContext('2d');
    context.fillStyle = '#1d70b8';
    context.fillRect(0, 0, 240, 80);
    await sut
      .http()
      .put(`/api/v1/authorities/${authorityId}/logo`)
      .set('Authorization', admin)
      .attach('file', logo.toBuffer('image/png'), 'logo.png')
      .expect(200);
    try {
      const withLogo = imagesOnPageOne((await print()).pdf);
      expect(withLogo).toHaveLength(without.length + 1);
      expect(withLogo.some((line) => /\s240\s+80\s/.test(line))).toBe(true);
    } finally {
      await sut.http().delete(`/api/v1/authorities/${authorityId}/logo`).set('Authorization', admin).expect(200);
    }
  });

  it('prints the exempt paragraph on the front sheet and every page when exempt', async () => {
    const { pdf } = await print({ status: 'exempt', exemptParagraph: 3 });
    const pages = pdfText(pdf)
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(squash(page)).toContain('Exempt: paragraph 3 of Schedule 12A');
    expect(squash(pages[0])).toContain('financial or business affairs');
    await sut
      .http()
      .post(`/api/v1/plans/${planId}/papers`)
      .set('Authorization', clerk)
      .send(paperRequest({ status: 'exempt' }))
      .expect(400);
  });

  it('prints text from the database literally, never as markup or template code', async () => {
    const plan = await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200);
    const action = plan.body.actions.find((line: { reference: string }) => line.reference === 'O4');
    const title = 'Settled homes <script>alert(1)</script> {{ model.authority.name }} {% raw %}';
    await sut
      .http()
      .patch(`/api/v1/actions/${action.id}`)
      .set('Authorization', clerk)
      .send({ version: action.version, title })
      .expect(200);
    const { pdf } = await print();
    expect(squash(pdfText(pdf))).toContain(
      'Settled homes <script>alert(1)</script> {{ model.authority.name }} {% raw %}',
    );
  });

  it('serves exactly the stored bytes, and keeps a correction as a new paper', async () => {
    const first = await print();
    const again = await sut
      .http()
      .get(first.paper.href)
      .set('Authorization', clerk)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(again.body as Buffer, first.pdf)).toBe(0);
    // The papers page serves a paper only under its own plan's address.
    const underPlan = (plan: string) =>
      sut.http().get(`/plans/${plan}/papers/${first.paper.id}/pdf`).set('Authorization', clerk);
    await underPlan(planId).expect(200).expect('Content-Type', 'application/pdf');
    await underPlan('00000000-0000-4000-8000-000000000000').expect(404);
    const corrected = await print({ replacesId: first.paper.id, subject: 'Joint Area Review: progress (corrected)' });
    expect(corrected.paper.replacesId).toBe(first.paper.id);
    const list = await sut.http().get(`/api/v1/plans/${planId}/papers`).set('Authorization', clerk).expect(200);
    expect(list.body.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining([first.paper.id, corrected.paper.id]),
    );
  });

  it('fails the paper being printed when Chromium dies, and prints the next', async () => {
    const renderer = sut.app.get(PdfRenderer);
    const browser = await renderer.currentBrowser();
    // Long enough to be mid-print when the browser is killed.
    const rows = Array.from({ length: 30000 }, (_, i) => `<tr><td>${i}</td><td>row ${i}</td></tr>`).join('');
    const long = `<!doctype html><html lang="en-GB"><head><title>Long</title></head><body><table>${rows}</table></body></html>`;
    const printing = renderer.print(long, { headerTemplate: '<div></div>', footerTemplate: '<div></div>' });
    setTimeout(() => browser.process()?.kill('SIGKILL'), 300);
    await expect(printing).rejects.toThrow(/printer stopped while printing this paper/);
    const { pdf } = await print();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
