import { withAdminClient } from '../database.js';
import type { SeedContext } from './context.js';
import { seedJourneys } from './journeys.js';
import { seedOutcomes } from './outcomes.js';
import { seedPartners } from './partners.js';

/**
 * Loads the demo data when the platform's database is empty, service by
 * service in one transaction. Writes to organisation data first bind the
 * organisation: row level security checks the seed like any other writer.
 */
export async function seedDemoData(adminUrl: string): Promise<boolean> {
  return withAdminClient(adminUrl, async (client) => {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM partners.organisation');
    if (rows[0].n > 0) return false;
    const seed: SeedContext = {
      client,
      organisationIds: new Map(),
      projectIds: new Map(),
      enrolments: [],
      actAs: async (organisationId) => void (await client.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId])),
    };
    await client.query('BEGIN');
    try {
      await seedPartners(seed);
      await seedJourneys(seed);
      await seedOutcomes(seed);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}
