import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Dashboards, kept until their authority's data changes. Every change to an authority's data
 * writes an audit event in the same transaction, so the newest audit event's id is a change
 * counter: a cached answer is used only while it is still the newest. That holds across several
 * instances of the app on one database, because the counter lives in the database.
 */
@Injectable()
export class StatusCache {
  private readonly entries = new Map<string, unknown>();
  private readonly capacity: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.capacity = config.dashboardCacheEntries;
  }

  /** The cached answer for `key` while the authority's data is unchanged, else `compute()`'s. */
  async get<T>(authorityId: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.capacity === 0) return compute();
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS version FROM audit_event WHERE authority_id = $1`,
      [authorityId],
    )) as { version: string }[];
    const versioned = `${authorityId}|${row.version}|${key}`;
    if (this.entries.has(versioned)) {
      const value = this.entries.get(versioned) as T;
      // Least recently used goes first: re-insert to mark it used.
      this.entries.delete(versioned);
      this.entries.set(versioned, value);
      return value;
    }
    const value = await compute();
    this.entries.set(versioned, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
