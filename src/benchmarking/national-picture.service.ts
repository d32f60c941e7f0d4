import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Transaction } from '../database/transaction';
import { DomainError, ErrorCode } from '../common/domain-error';
import { londonToday } from '../domain/periods';
import { councilOfAuthority } from './authority-council';
import type { CouncilComparison, DatasetSource } from '../domain/council-comparison';
import { compareCouncil } from './comparison';
import { NationalDataError } from './national-data-error';
import type { NationalOutcomes } from './national-outcomes';
import { NationalOutcomesRepository, type OutcomesImportSummary } from './national-outcomes.repository';
import { loadShippedNationalOutcomes, readRefreshedOutcomes } from './shipped-dataset';

/** The national picture in use, and which version of it. */
export interface NationalPicture {
  /** `shipped`, or the id of the import in use: what a cached comparison is kept against. */
  readonly version: string;
  readonly outcomes: NationalOutcomes;
  /** Null while the snapshot shipped with the product is in use. */
  readonly refresh: { readonly importedAt: string; readonly fileName: string; readonly sha256: string } | null;
}

/** Where the figures come from, as every page, paper and sheet that uses them says. */
export interface DatasetInfo {
  readonly version: string;
  readonly source: DatasetSource;
  readonly inspections: number;
  readonly councils: number;
  readonly refresh: NationalPicture['refresh'];
}

/** A council's comparison with where its figures come from. */
export interface AuthorityComparison {
  readonly dataset: DatasetInfo;
  readonly comparison: CouncilComparison;
}

const MAX_OUTCOMES_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The national inspection outcomes: the shipped snapshot, read at start, until a clerk imports a
 * newer file; the newest import is kept in the database, so every app instance uses it and a
 * restart keeps it. Each instance asks the database for the newest import's id (one row) before
 * answering, reads a new import once, and keeps each council's comparison for that version.
 */
@Injectable()
export class NationalPictureService implements OnModuleInit {
  private readonly logger = new Logger('NationalOutcomes');
  private shipped: NationalPicture | null = null;
  private current: Promise<NationalPicture> | null = null;
  private currentVersion: string | null = null;
  private readonly comparisons = new Map<string, CouncilComparison>();

  constructor(private readonly repository: NationalOutcomesRepository) {}

  onModuleInit(): void {
    const started = Date.now();
    this.shippedPicture();
    this.logger.log(`National inspection outcomes loaded in ${Date.now() - started} ms`);
  }

  /** The picture in use now: the newest import, else the shipped snapshot. */
  async picture(manager?: Transaction): Promise<NationalPicture> {
    const latest = await this.repository.latest(manager);
    const version = latest ? latest.id : 'shipped';
    if (this.current && this.currentVersion === version) return this.current;
    this.currentVersion = version;
    this.comparisons.clear();
    this.current = latest ? this.readImport(latest, manager) : Promise.resolve(this.shippedPicture());
    this.current.catch(() => {
      this.current = null;
      this.currentVersion = null;
    });
    return this.current;
  }

  async dataset(): Promise<DatasetInfo> {
    return datasetInfo(await this.picture());
  }

  /**
   * How the authority's council compares, by the national data in use; refuses (404) an authority
   * no council in the national data matches.
   */
  async compareAuthority(authorityId: string): Promise<AuthorityComparison> {
    const found = await this.findComparison(authorityId);
    if (!found.comparison) throw new DomainError(ErrorCode.NotFound, found.reason);
    return found as AuthorityComparison;
  }

  /** The same, or the reason there is none (for a page or paper that says so instead). */
  async findComparison(
    authorityId: string,
  ): Promise<{ dataset: DatasetInfo; comparison: CouncilComparison | null; reason: string }> {
    return this.comparisonFor(await this.repository.authority(authorityId));
  }

  /** For an authority already read, inside the caller's transaction when one is given (a board paper's). */
  async comparisonFor(
    authority: { name: string; onsCode: string },
    manager?: Transaction,
  ): Promise<{ dataset: DatasetInfo; comparison: CouncilComparison | null; reason: string }> {
    const picture = await this.picture(manager);
    const dataset = datasetInfo(picture);
    const council = councilOfAuthority(picture.outcomes.directory, authority);
    if (!council) {
      return {
        dataset,
        comparison: null,
        reason:
          `No English council in the national inspection outcomes is named "${authority.name}" ` +
          `or has the ONS code ${authority.onsCode}, so there is nothing to compare with.`,
      };
    }
    const key = `${picture.version} ${council.onsCode}`;
    let comparison = this.comparisons.get(key);
    if (!comparison) {
      comparison = compareCouncil(picture.outcomes, council.onsCode);
      this.comparisons.set(key, comparison);
    }
    return { dataset, comparison, reason: '' };
  }

  /**
   * Refreshes the national picture from a newer outcomes file of the shipped shape, taken in the
   * month `asAt` (YYYY-MM; this month when not given). The file is checked whole first: a missing
   * column, a grade that is not a known word, a council not in the list or an as-at month earlier
   * than the picture in use refuses it with a sentence (422), and nothing is written.
   */
  async importOutcomes(bytes: Buffer, fileName: string, asAt?: string): Promise<DatasetInfo> {
    const month = asAt ?? londonToday().slice(0, 7);
    if (!/^20\d{2}-(0[1-9]|1[0-2])$/.test(month)) {
      throw DomainError.invalid(
        `The as-at month "${month}" is not a month: write it as YYYY-MM, e.g. 2026-12.`,
        'asAt',
      );
    }
    if (bytes.length > MAX_OUTCOMES_FILE_BYTES) {
      throw new DomainError(ErrorCode.TooLarge, `${fileName} is larger than 5 MB: an outcomes file is about 110 KB.`);
    }
    const inUse = await this.picture();
    if (month < inUse.outcomes.source.asAt) {
      throw DomainError.invalid(
        `The national outcomes in use are as at ${inUse.outcomes.source.asAtText}; a refresh must be as at that month or later, not ${month}.`,
        'asAt',
      );
    }
    let outcomes: NationalOutcomes;
    try {
      outcomes = readRefreshedOutcomes(bytes.toString('utf8'), month);
    } catch (error) {
      if (error instanceof NationalDataError) {
        throw new DomainError(ErrorCode.Unprocessable, `${fileName} was not imported. ${error.message}`);
      }
      throw error;
    }
    const saved = await this.repository.add({
      asAt: month,
      fileName: fileName.slice(0, 255),
      content: bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      inspectionCount: outcomes.inspectionCount,
    });
    const picture = pictureOf(saved, outcomes);
    this.currentVersion = picture.version;
    this.current = Promise.resolve(picture);
    this.comparisons.clear();
    return datasetInfo(picture);
  }

  private shippedPicture(): NationalPicture {
    this.shipped ??= { version: 'shipped', outcomes: loadShippedNationalOutcomes(), refresh: null };
    return this.shipped;
  }

  /**
   * An import was checked when it was made; it can stop fitting only when a new release changes
   * the council list. Then the shipped snapshot is used, and the log says why, rather than every
   * comparison failing.
   */
  private async readImport(latest: OutcomesImportSummary, manager?: Transaction): Promise<NationalPicture> {
    const content = await this.repository.content(latest.id, manager);
    try {
      return pictureOf(latest, readRefreshedOutcomes(content.toString('utf8'), latest.asAt));
    } catch (error) {
      if (!(error instanceof NationalDataError)) throw error;
      this.logger.error(
        `The imported national outcomes ${latest.fileName} (version ${latest.id}) no longer fit this release's council list, ` +
          `so the shipped figures are used: ${error.message} Import a newer file to use newer figures.`,
      );
      return this.shippedPicture();
    }
  }
}

function pictureOf(summary: OutcomesImportSummary, outcomes: NationalOutcomes): NationalPicture {
  return {
    version: summary.id,
    outcomes,
    refresh: { importedAt: summary.importedAt.toISOString(), fileName: summary.fileName, sha256: summary.sha256 },
  };
}

export function datasetInfo(picture: NationalPicture): DatasetInfo {
  return {
    version: picture.version,
    source: picture.outcomes.source,
    inspections: picture.outcomes.inspectionCount,
    councils: picture.outcomes.directory.councils.length,
    refresh: picture.refresh,
  };
}
