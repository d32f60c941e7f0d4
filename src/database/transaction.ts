import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * One transaction, as services hold it: they pass it to repositories, which run their queries in
 * it. Services never look inside.
 */
export type Transaction = EntityManager;

/** Opens transactions for services, so that a change of several rows and its audit events stand or fall together. */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  withTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
