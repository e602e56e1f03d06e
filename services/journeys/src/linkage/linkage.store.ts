import { apiError, ErrorCode } from '@polku/kit';
import type { EntityManager } from 'typeorm';
import { linkageIdentity, type RecordedIdentity } from './identity.js';
import { linkageSecretFromEnv, type LinkageSecret } from './linkage-secret.js';

/** What refresh needs of a connection: an EntityManager, or the seed's admin client through a small adapter. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

let secret: LinkageSecret | undefined;
/** The platform's secret, read from the environment once (journeys' main.ts checks it at start). */
export const platformLinkageSecret = (): LinkageSecret => (secret ??= linkageSecretFromEnv());

interface EnrolmentIdentity extends RecordedIdentity {
  enrolmentId: string;
  projectId: string;
}

/**
 * Linkage keys live in `journeys.enrolment_linkage`, which the service role
 * cannot read: it writes through `journeys.record_linkage` and asks through
 * `journeys.participation_elsewhere` (migration 1743). A key is computed here,
 * sent as a statement parameter (never logged) and never read back.
 */
export const linkageStore = {
  /**
   * Records (or removes, when the identity is gone) the keys of the given
   * enrolments, or of all of a client's enrolments, from the identity the
   * organisation holds: two statements whatever the number of enrolments.
   */
  async refresh(manager: Queryable, of: { clientId: string } | { enrolmentId: string }, linkage = platformLinkageSecret()) {
    const [column, id] = 'clientId' in of ? ['client_id', of.clientId] : ['id', of.enrolmentId];
    const rows: EnrolmentIdentity[] = await manager.query(
      `/* linkageIdentities */ SELECT e.id AS "enrolmentId", e.project_id AS "projectId", p.personal_identity_code AS "personalIdentityCode",
              p.birth_date::text AS "birthDate", p.full_name AS "fullName"
       FROM journeys.enrolment e LEFT JOIN journeys.client_personal p ON p.client_id = e.client_id
       WHERE e.${column} = $1`,
      [id],
    );
    if (!rows.length) return;
    const keys = rows.map((row) => {
      const identity = linkageIdentity(row);
      return identity === null ? null : linkage.keyOf(row.projectId, identity).toString('hex');
    });
    await manager.query(
      `/* recordLinkage */ SELECT journeys.record_linkage(x.enrolment_id, CASE WHEN x.key IS NULL THEN NULL ELSE $2 END, decode(x.key, 'hex'))
       FROM unnest($1::uuid[], $3::text[]) AS x (enrolment_id, key)`,
      [rows.map((row) => row.enrolmentId), linkage.keyId, keys],
    );
  },

  /**
   * For the caller's enrolments whose client gave a PARTICIPATION_CHECK
   * consent: whether the person takes part at another partner. FORBIDDEN
   * (reason LINKAGE_DAILY_LIMIT) past 200 first answers a day.
   */
  participationElsewhere(
    manager: EntityManager,
    enrolmentIds: string[],
  ): Promise<Array<{ enrolmentId: string; clientId: string; orgId: string; elsewhere: boolean | null }>> {
    return manager
      .query(
        `/* participationElsewhere */ SELECT f.enrolment_id AS "enrolmentId", e.client_id AS "clientId", e.org_id AS "orgId", f.elsewhere
         FROM journeys.participation_elsewhere($1::uuid[]) f JOIN journeys.enrolment e ON e.id = f.enrolment_id`,
        [enrolmentIds],
      )
      .catch((error: unknown) => {
        // The database counts first answers per key version: probing with fresh identities stops at 200 a day.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '54000') {
          throw apiError(ErrorCode.FORBIDDEN, 'Your organisation has had as many new participation answers today as allowed (200); try again tomorrow.', {
            reason: 'LINKAGE_DAILY_LIMIT',
          });
        }
        throw error;
      });
  },
};
