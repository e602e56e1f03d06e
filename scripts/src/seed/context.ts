import type pg from 'pg';

/** What each service's seed step hands to the next: the ids it created, by demo slug or code. */
export interface SeedContext {
  /** One admin connection inside one transaction: the demo data lands whole or not at all. */
  client: pg.Client;
  organisationIds: Map<string, string>;
  projectIds: Map<string, string>;
  enrolments: Array<{ id: string; organisationId: string; projectId: string; clientCode: string; startedOn: string; exit?: { exitDate: string; destination: string; furtherDestinations?: string[]; qualificationGained?: boolean } }>;
  /** Binds the organisation for row level security until the transaction ends or another is set. */
  actAs(organisationId: string): Promise<void>;
}
