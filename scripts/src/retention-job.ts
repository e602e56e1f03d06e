import { createServiceDataSource, OrgScope } from '@polku/kit';
import { ErasureBasis, eraseClient, retentionDue, type RetentionDue } from '@polku/journeys';
import { outcomesClientRightsStore } from '@polku/outcomes';
import { withAdminClient } from './database.js';

/** The access log's own period (asiakastietolaki 703/2023): the database refuses to purge rows younger than 12 years. */
export const ACCESS_LOG_MIN_YEARS = 12;
export const RETENTION_JOB_SUBJECT = 'retention-job';

export interface RetentionOptions {
  dryRun: boolean;
  /** The day the job runs for (Finnish date, YYYY-MM-DD). */
  today: string;
  /** Years the access log and the erasure log are kept (at least 12). */
  accessLogYears?: number;
}

export interface RetentionReport {
  organisations: Array<{ organisationId: string; yearsAfterLastExit: number; due: RetentionDue[]; erased: number }>;
  accessLogRows: number;
  /** Rows purged from outcomes' own access log (outcomes migration 1747000000000). */
  outcomesAccessLogRows: number;
  erasureLogRows: number;
}

/**
 * The scheduled retention job: for every organisation with a retention
 * policy, the clients due (the same dry run `retentionDueClients` gives) and,
 * unless dry, their erasure through the same code as `eraseClient`, one
 * transaction per service per client, as actor "retention-job" with basis
 * RETENTION. Then the access and erasure logs past their own period are
 * purged. It connects as its own role `retention_job` (`jobUrl`; journeys
 * migration 1743...001): not superuser, not BYPASSRLS, owning nothing, so
 * row level security holds every statement to the organisation it names; it
 * may additionally read every organisation's policy and purge log rows older
 * than 12 years, nothing else.
 */
export async function runRetention(jobUrl: string, options: RetentionOptions): Promise<RetentionReport> {
  const logYears = Math.max(ACCESS_LOG_MIN_YEARS, options.accessLogYears ?? ACCESS_LOG_MIN_YEARS);
  const policies = await withAdminClient(jobUrl, async (db) =>
    (await db.query<{ org_id: string; years: number }>('/* retentionPolicies */ SELECT org_id, years_after_last_exit AS years FROM journeys.retention_policy ORDER BY org_id')).rows,
  );
  const journeys = createServiceDataSource({ url: jobUrl, schema: 'journeys', entities: [], poolSize: 2, applicationName: 'retention-job' });
  const outcomes = createServiceDataSource({ url: jobUrl, schema: 'outcomes', entities: [], poolSize: 2, applicationName: 'retention-job' });
  await Promise.all([journeys.initialize(), outcomes.initialize()]);
  const report: RetentionReport = { organisations: [], accessLogRows: 0, outcomesAccessLogRows: 0, erasureLogRows: 0 };
  try {
    for (const policy of policies) {
      const caller = { subject: RETENTION_JOB_SUBJECT, organisationId: policy.org_id, roles: [], projectIds: [] };
      const journeysScope = new OrgScope(journeys, caller);
      const outcomesScope = new OrgScope(outcomes, caller);
      const exitDays = (ids: string[]) => outcomesScope.run((manager) => outcomesClientRightsStore.exitDays(manager, ids));
      const eraseOutcomes = (ids: string[], reason: string) => outcomesScope.run((manager) => outcomesClientRightsStore.erase(manager, ids, reason));
      const { due } = await retentionDue(journeysScope, exitDays, options.today);
      let erased = 0;
      if (!options.dryRun) {
        for (const client of due) {
          const reason = `Retention period ended: ${client.yearsAfterLastExit} years after the last exit on ${client.lastExitOn}.`;
          await eraseClient(journeysScope, eraseOutcomes, client.clientId, reason, ErasureBasis.RETENTION);
          erased += 1;
        }
      }
      report.organisations.push({ organisationId: policy.org_id, yearsAfterLastExit: policy.years, due, erased });
    }
    await withAdminClient(jobUrl, async (db) => {
      const verb = options.dryRun ? 'SELECT count(*)::int AS n FROM' : 'WITH gone AS (DELETE FROM';
      const tail = options.dryRun ? '' : ' RETURNING 1) SELECT count(*)::int AS n FROM gone';
      report.accessLogRows = (await db.query(`/* purgeAccessLog */ ${verb} journeys.personal_data_access WHERE accessed_at < now() - make_interval(years => $1)${tail}`, [logYears])).rows[0].n;
      report.outcomesAccessLogRows = (await db.query(`/* purgeOutcomesAccessLog */ ${verb} outcomes.personal_data_access WHERE accessed_at < now() - make_interval(years => $1)${tail}`, [logYears])).rows[0].n;
      report.erasureLogRows = (await db.query(`/* purgeErasureLog */ ${verb} journeys.client_erasure WHERE erased_at < now() - make_interval(years => $1)${tail}`, [logYears])).rows[0].n;
    });
  } finally {
    await Promise.all([journeys.destroy(), outcomes.destroy()]);
  }
  return report;
}
