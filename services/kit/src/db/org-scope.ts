import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { organisationShareOf } from './organisation-share.js';

/**
 * The only way from a resolver to the database. Every unit of work runs in its
 * own transaction whose first statement binds the caller's organisation
 * (transaction-local, so a pooled connection never carries it to the next
 * caller); row level security then limits every table to that organisation.
 */
export class OrgScope {
  constructor(
    private readonly dataSource: DataSource,
    readonly caller: Caller,
  ) {
    if (!caller.organisationId) throw new Error('OrgScope needs the caller organisation');
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = () =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(
          `SELECT set_config('app.org_id', $1, true), set_config('app.subject', $2, true)`,
          [this.caller.organisationId, this.caller.subject],
        );
        return work(manager);
      });
    // One organisation never holds more than its share of the pool (see organisation-share.ts).
    const share = organisationShareOf(this.dataSource);
    return share ? share.run(this.caller.organisationId, transaction) : transaction();
  }
}
