import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Role } from '@polku/kit';
import { resolveSlugs } from './directory.js';

/** The repository's shipped operations (schema/operations) and the example each runs with. */
export const operationsDir = fileURLToPath(new URL('../../schema/operations/', import.meta.url));

export interface OperationExample {
  caller?: { org: string; roles: Role[]; projects?: string[] };
  variables?: Record<string, unknown>;
}

export const operationExamples = JSON.parse(await readFile(`${operationsDir}examples.json`, 'utf8')) as Record<string, OperationExample>;

const operationNames = (await readdir(operationsDir)).filter((file) => file.endsWith('.graphql')).map((file) => file.replace(/\.graphql$/, ''));
/**
 * Queries only: a mutation changes what a second run sees, and needs a fresh
 * row of its own; a subscription is a stream, not one answer (test/live-referrals.test.ts runs them).
 */
export const shippedQueries: string[] = [];
/** The subscriptions (the live referral inbox). */
export const shippedSubscriptions: string[] = [];
for (const name of operationNames) {
  const text = await readFile(`${operationsDir}${name}.graphql`, 'utf8');
  if (/^\s*subscription\b/m.test(text)) shippedSubscriptions.push(name);
  else if (!/^\s*mutation\b/m.test(text)) shippedQueries.push(name);
}

/**
 * Ids differ per database: examples name projects by slug ({ projectSlug }),
 * clients by code ({ clientCode }) and a client's first enrolment by the
 * client's code ({ enrolmentOfClient }); this gets the ids, as the owner.
 */
export async function resolveExampleVariables(adminUrl: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const resolved: Record<string, unknown> = {};
  const db = new pg.Client({ connectionString: adminUrl });
  await db.connect();
  const idOf = async (sql: string, parameter: string) => {
    const { rows } = await db.query<{ id: string }>(sql, [parameter]);
    if (!rows[0]) throw new Error(`no row for ${parameter}`);
    return rows[0].id;
  };
  try {
    for (const [name, value] of Object.entries(variables)) {
      const { projectSlug, clientCode, enrolmentOfClient } = (value ?? {}) as { projectSlug?: string; clientCode?: string; enrolmentOfClient?: string };
      if (projectSlug) resolved[name] = (await resolveSlugs(adminUrl, 'sotek', [projectSlug])).projectIds[0];
      else if (clientCode) resolved[name] = await idOf('SELECT id FROM journeys.client WHERE code = $1', clientCode);
      else if (enrolmentOfClient) resolved[name] = await idOf('SELECT e.id FROM journeys.enrolment e JOIN journeys.client c ON c.id = e.client_id WHERE c.code = $1 ORDER BY e.started_on LIMIT 1', enrolmentOfClient);
      else resolved[name] = value;
    }
  } finally {
    await db.end();
  }
  return resolved;
}
