import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { StartupError } from '@polku/kit';
import { LINKAGE_SECRET_ENV, linkageIdentity, type LinkageSecret } from '@polku/journeys';
import { withAdminClient } from './database.js';

/**
 * The linkage secret journeys computes keys with (docs/linkage.md). Taken
 * from POLKU_LINKAGE_SECRET when set; in production it must be. Otherwise a
 * development secret is generated once per data folder (kept beside the
 * development token keys, mode 0600) and put into the environment, so
 * `npm start` and the tests need no manual step.
 */
export async function ensureLinkageSecret(dataDir: string, production: boolean, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env[LINKAGE_SECRET_ENV]) return;
  if (production) throw new StartupError(`${LINKAGE_SECRET_ENV} is not set: production needs the platform's linkage secret (docs/linkage.md)`);
  const dir = join(dataDir, 'keys');
  const path = join(dir, 'linkage-secret');
  if (!existsSync(path)) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(path, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  env[LINKAGE_SECRET_ENV] = (await readFile(path, 'utf8')).trim();
}

/**
 * Recomputes every enrolment's linkage key under a new secret (rotation,
 * docs/linkage.md), as the schema owner, in one transaction that locks the
 * keys: from the identities recorded in `client_personal`; a key whose
 * identity is gone is removed. Returns how many keys were written and removed.
 */
export async function rotateLinkageKeys(adminUrl: string, linkage: LinkageSecret): Promise<{ written: number; removed: number }> {
  return withAdminClient(adminUrl, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query('LOCK TABLE journeys.enrolment_linkage IN EXCLUSIVE MODE');
      const { rows } = await client.query(
        `SELECT e.id AS "enrolmentId", e.org_id AS "orgId", e.project_id AS "projectId", p.personal_identity_code AS "personalIdentityCode",
                p.birth_date::text AS "birthDate", p.full_name AS "fullName"
         FROM journeys.enrolment e LEFT JOIN journeys.client_personal p ON p.client_id = e.client_id`,
      );
      const keyed = rows.flatMap((row) => {
        const identity = linkageIdentity(row);
        return identity === null ? [] : [{ ...row, key: linkage.keyOf(row.projectId, identity).toString('hex') }];
      });
      // recorded_at is the organisation's recording time (the daily limit counts it): a rotation leaves it.
      const written = await client.query(
        `INSERT INTO journeys.enrolment_linkage AS l (enrolment_id, org_id, project_id, key_id, linkage_key, recorded_at)
         SELECT x.enrolment_id, x.org_id, x.project_id, $4, decode(x.key, 'hex'), now() - interval '1 day'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $5::text[]) AS x (enrolment_id, org_id, project_id, key)
         ON CONFLICT (enrolment_id) DO UPDATE SET key_id = EXCLUDED.key_id, linkage_key = EXCLUDED.linkage_key`,
        [keyed.map((row) => row.enrolmentId), keyed.map((row) => row.orgId), keyed.map((row) => row.projectId), linkage.keyId, keyed.map((row) => row.key)],
      );
      const removed = await client.query('DELETE FROM journeys.enrolment_linkage WHERE enrolment_id <> ALL ($1::uuid[])', [keyed.map((row) => row.enrolmentId)]);
      await client.query('COMMIT');
      return { written: written.rowCount ?? 0, removed: removed.rowCount ?? 0 };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}
