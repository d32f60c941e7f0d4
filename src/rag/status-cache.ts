import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { StatusRepository } from './status.repository';

/**
 * Dashboards, kept until their authority's data changes. Every change to an authority's data
 * writes an audit event in the same transaction, so the newest audit event's id is a change
 * counter: a cached answer is used only while it is still the newest. That holds across several
 * instances of the app on one database, because the counter lives in the database.
 */
@Injectable()
export class StatusCache {
  private readonly entries = new Map<string, { value: unknown; json?: string }>();
  /** Answers being worked out: requests for the same answer meanwhile wait for it rather than work it out again. */
  private readonly computing = new Map<string, Promise<{ value: unknown; json?: string }>>();
  private readonly capacity: number;

  constructor(
    private readonly repository: StatusRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.capacity = config.dashboardCacheEntries;
  }

  /** The cached answer for `key` while the authority's data is unchanged, else `compute()`'s. */
  async get<T>(authorityId: string, key: string, compute: () => Promise<T>): Promise<T> {
    return (await this.entry(authorityId, key, compute)).value as T;
  }

  /** The same answer as JSON text, serialised once per entry: a plan dashboard runs to hundreds of kilobytes. */
  async json(authorityId: string, key: string, compute: () => Promise<unknown>): Promise<string> {
    const entry = await this.entry(authorityId, key, compute);
    entry.json ??= JSON.stringify(entry.value);
    return entry.json;
  }

  private async entry(
    authorityId: string,
    key: string,
    compute: () => Promise<unknown>,
  ): Promise<{ value: unknown; json?: string }> {
    if (this.capacity === 0) return { value: await compute() };
    const version = await this.repository.changeCounter(authorityId);
    const versioned = `${authorityId}|${version}|${key}`;
    const cached = this.entries.get(versioned);
    if (cached) {
      // Least recently used goes first: re-insert to mark it used.
      this.entries.delete(versioned);
      this.entries.set(versioned, cached);
      return cached;
    }
    const pending = this.computing.get(versioned);
    if (pending) return pending;
    const computed = (async () => {
      try {
        const entry = { value: await compute() };
        this.entries.set(versioned, entry);
        if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
        return entry;
      } finally {
        this.computing.delete(versioned);
      }
    })();
    this.computing.set(versioned, computed);
    return computed;
  }
}
