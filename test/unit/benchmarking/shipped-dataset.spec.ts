import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCouncil } from '../../../src/benchmarking/comparison';
import { NationalDataError } from '../../../src/benchmarking/national-data-error';
import {
  SHIPPED_DATASET,
  loadShippedNationalOutcomes,
  readRefreshedOutcomes,
  readShippedFile,
} from '../../../src/benchmarking/shipped-dataset';
import { projectRoot } from '../../../src/common/paths';

describe('the shipped national outcomes', () => {
  it('load, checked and indexed, in well under a second', () => {
    const started = performance.now();
    const sut = loadShippedNationalOutcomes();
    const took = performance.now() - started;

    console.log(
      `Loaded ${sut.inspectionCount} inspections of ${sut.directory.councils.length} councils in ${took.toFixed(1)} ms.`,
    );
    expect(took).toBeLessThan(1000);
    expect(sut.inspectionCount).toBe(497);
    expect(sut.directory.councils).toHaveLength(156);
    expect(sut.source).toMatchObject({
      id: 'ofsted-ilacs-2026-11',
      asAt: '2026-11',
      asAtText: 'November 2026',
      compiledBy: { url: 'https://github.com/JT-39/ofsted-ilacs-scrape-tool', licence: 'MIT licence' },
      licence: { name: 'Open Government Licence v3.0' },
    });
  });

  it('ship with the licence of the project that gathered them', () => {
    const licence = readFileSync(join(projectRoot(), SHIPPED_DATASET.folder, 'LICENSE-scrape-tool'), 'utf8');

    expect(licence).toContain('MIT License');
  });

  describe('from a copy of the project', () => {
    let root: string;

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'national-outcomes-'));
      cpSync(join(projectRoot(), SHIPPED_DATASET.folder), join(root, SHIPPED_DATASET.folder), { recursive: true });
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('are refused when a shipped file has been edited', () => {
      const path = join(root, SHIPPED_DATASET.folder, SHIPPED_DATASET.outcomes.file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('inadequate', 'good'));

      expect(() => loadShippedNationalOutcomes(root)).toThrow(
        /ilacs-history\.csv is not the file shipped with this version \(its SHA-256 is [0-9a-f]{64}, not fd3431e1/,
      );
      expect(() => readShippedFile('councils', root)).not.toThrow();
    });
  });
});

describe('readRefreshedOutcomes', () => {
  const shipped = readShippedFile('outcomes');
  const newer =
    "80471,halton,https://files.ofsted.gov.uk/v1/file/1,children's services inspection - 02 december 2026.pdf," +
    '02/12/26,standard,A Inspector,12/10/2026,23/10/2026,not_reported_post_reform,requires improvement,' +
    'requires improvement,good,requires improvement,2\n';

  it('replaces the national picture with a newer file of the same shape, named for the month it was taken', () => {
    const sut = readRefreshedOutcomes(shipped + newer, '2026-12');
    const halton = compareCouncil(sut, 'E06000006');

    expect(sut.source).toMatchObject({ id: 'ofsted-ilacs-2026-12', asAtText: 'December 2026' });
    expect(sut.inspectionCount).toBe(498);
    expect(halton.council.latest?.publishedOn).toBe('2026-12-02');
    expect(halton.council.changeSincePrevious).toMatchObject({ basis: 'judgements', direction: 'improved' });
  });

  it('refuses a file naming a provider that is no council, saying which line', () => {
    const stranger = newer.replace('80471,halton', '99999,nowhere');

    expect(() => readRefreshedOutcomes(shipped + stranger, '2026-12')).toThrow(
      new NationalDataError(
        'invalid_file',
        'Line 499 of the outcomes file gives Ofsted provider number 99999 (nowhere), which is no council in the council list.',
      ),
    );
  });

  it('refuses a file with a grade that is not a known word', () => {
    expect(() => readRefreshedOutcomes(shipped + newer.replace(',good,', ',very good,'), '2026-12')).toThrow(
      /^Line 499 of the outcomes file, column "in_care_grade", has "very good", which is not a grade/,
    );
  });

  it('refuses a month that is not one', () => {
    expect(() => readRefreshedOutcomes(shipped, '2026-13')).toThrow(
      '"2026-13" is not a month: expected YYYY-MM, e.g. 2026-11.',
    );
  });
});
