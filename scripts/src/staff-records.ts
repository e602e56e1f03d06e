import type { Role } from '@polku/kit';
import { withAdminClient } from './database.js';

const titleOf = (roles: Role[]) => (roles.includes('COACH') ? 'COACH' : roles.includes('COORDINATOR') ? 'COORDINATOR' : 'ADMINISTRATOR');
const projectRoles = new Set<Role>(['COORDINATOR', 'FUNDER']);

/**
 * Development and tests: makes the partners directory list a person with the
 * given roles (organisation-wide, or for each project for COORDINATOR and
 * FUNDER), so that a token minted for them is accepted. Writes as the owner,
 * each row as its organisation (row level security checks it). Returns
 * whether anything was added.
 */
export async function ensureStaffRecord(adminUrl: string, organisationId: string, subject: string, roles: Role[], projectIds: string[]): Promise<boolean> {
  return withAdminClient(adminUrl, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
      const member = await client.query(
        `INSERT INTO partners.staff_member (org_id, subject, name, title) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, subject) DO UPDATE SET subject = EXCLUDED.subject RETURNING id, (xmax = 0) AS created`,
        [organisationId, subject, subject, titleOf(roles)],
      );
      let added = member.rows[0].created as boolean;
      for (const role of roles) {
        // A project role without projects is held organisation-wide: listed, but appointed to no project.
        for (const projectId of projectRoles.has(role) && projectIds.length ? projectIds : [null]) {
          const granted = await client.query(
            `INSERT INTO partners.staff_role (org_id, staff_member_id, role, project_id)
             SELECT $1, $2, $3, $4 WHERE NOT EXISTS (
               SELECT 1 FROM partners.staff_role WHERE staff_member_id = $2 AND role = $3 AND project_id IS NOT DISTINCT FROM $4)`,
            [organisationId, member.rows[0].id, role, projectId],
          );
          added ||= (granted.rowCount ?? 0) > 0;
        }
      }
      await client.query('COMMIT');
      return added;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}
