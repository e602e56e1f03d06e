import { StartupError } from '@polku/kit';
import { withAdminClient } from './database.js';

/** Resolves organisation and project slugs to ids, for minting development tokens. */
export async function resolveSlugs(adminUrl: string, organisationSlug: string, projectSlugs: string[]) {
  return withAdminClient(adminUrl, async (client) => {
    const org = await client.query('SELECT id FROM partners.organisation WHERE slug = $1', [organisationSlug]);
    if (!org.rowCount) throw new StartupError(`no organisation with slug "${organisationSlug}"`);
    const projects = await client.query('SELECT id, slug FROM partners.project WHERE slug = ANY($1)', [projectSlugs]);
    const missing = projectSlugs.filter((slug) => !projects.rows.some((row) => row.slug === slug));
    if (missing.length) throw new StartupError(`no project with slug ${missing.map((s) => `"${s}"`).join(', ')}`);
    return { organisationId: org.rows[0].id as string, projectIds: projects.rows.map((row) => row.id as string) };
  });
}
