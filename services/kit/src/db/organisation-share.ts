import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

/**
 * How many of a service's pooled connections one organisation may hold at
 * once. Without it, ten slow requests of one organisation take the whole
 * pool and every other organisation's reads wait for a connection until they
 * time out. Requests beyond the share wait in line here, in the order they
 * came, and never take the connections the other organisations need.
 */
export class OrganisationShare {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    readonly perOrganisation: number,
    /** How long a request may wait for its turn before it is refused (SERVICE_UNAVAILABLE: busy, try again). */
    readonly maxWaitMs = 10_000,
  ) {}

  async run<T>(organisationId: string, work: () => Promise<T>): Promise<T> {
    const running = this.running.get(organisationId) ?? 0;
    if (running < this.perOrganisation) this.running.set(organisationId, running + 1);
    // The slot is handed over by release(), so the count stays as it is.
    else await this.waitForTurn(organisationId);
    try {
      return await work();
    } finally {
      this.release(organisationId);
    }
  }

  private waitForTurn(organisationId: string) {
    return new Promise<void>((resolve, reject) => {
      const queue = this.queueOf(organisationId);
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(turn), 1);
        reject(new GraphQLError('Too many requests of your organisation are running at once; try again shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } }));
      }, this.maxWaitMs);
      queue.push(turn);
    });
  }

  private queueOf(organisationId: string) {
    let queue = this.waiting.get(organisationId);
    if (!queue) this.waiting.set(organisationId, (queue = []));
    return queue;
  }

  private release(organisationId: string) {
    const next = this.waiting.get(organisationId)?.shift();
    if (next) return next();
    this.waiting.delete(organisationId);
    const running = (this.running.get(organisationId) ?? 1) - 1;
    if (running > 0) this.running.set(organisationId, running);
    else this.running.delete(organisationId);
  }
}

const shares = new WeakMap<DataSource, OrganisationShare>();

/** Limits every OrgScope over this data source to `perOrganisation` connections per organisation. */
export function shareConnectionsPerOrganisation(dataSource: DataSource, perOrganisation: number) {
  shares.set(dataSource, new OrganisationShare(perOrganisation));
}

export const organisationShareOf = (dataSource: DataSource) => shares.get(dataSource);
