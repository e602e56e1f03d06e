import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from './org-scope.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

/**
 * A per-request loader of one row per id: N keys become one scoped query.
 * Ids that are not UUIDs (e.g. a forged federation reference) resolve to null
 * instead of reaching Postgres as a cast error.
 */
export function loaderOfOne<Row>(
  db: OrgScope,
  fetch: (manager: EntityManager, ids: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await db.run((manager) => fetch(manager, [...new Set(valid)])) : [];
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** A per-request loader of all rows that share a key (e.g. the partners of each project). */
export function loaderOfMany<Row>(
  db: OrgScope,
  fetch: (manager: EntityManager, keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const valid = keys.filter(isUuid);
    const rows = valid.length ? await db.run((manager) => fetch(manager, [...new Set(valid)])) : [];
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const group = groups.get(keyOf(row));
      if (group) group.push(row);
      else groups.set(keyOf(row), [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
