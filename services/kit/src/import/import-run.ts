import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import type { OrgScope } from '../db/org-scope.js';
import { sqlStateOf } from '../graphql/errors.js';
import { importResult, ImportRowStatus, sourceKeyProblem, writeInBatchOrRowByRow, type ImportProblem, type ImportResult, type ImportRowResult } from './import-result.js';

/** One import call of one kind in one service's schema (which has `import_key` and `import_batch`, see the services' migrations 1746). */
export interface ImportPlan<Row extends { sourceKey: string }> {
  schema: 'journeys' | 'outcomes';
  kind: string;
  rows: Row[];
  /** Looks up what the rules of the new rows need (a constant number of statements) and answers each row's problems. */
  check(manager: EntityManager, rows: Row[]): Promise<(row: Row) => ImportProblem[]>;
  /** Writes rows and their import keys; answers source key → record id for each row written. */
  write(manager: EntityManager, batchId: string, rows: Row[]): Promise<Map<string, string>>;
}

/**
 * The one way an import call runs, in one transaction of the caller's
 * organisation (row level security applies to every statement):
 *   1. a row whose source key was imported before is UNCHANGED (nothing written);
 *   2. each new row is checked by the kind's rules; a row with problems is REFUSED;
 *   3. the others are written in bulk under a savepoint; if the database still
 *      refuses the bulk, row by row, each under its own savepoint;
 *   4. the call is logged in the schema's import_batch (who, what, how many).
 */
export async function runImport<Row extends { sourceKey: string }>(
  ctx: { db: OrgScope; caller: Caller; requestId: string },
  plan: ImportPlan<Row>,
): Promise<ImportResult> {
  const { schema, kind, rows } = plan;
  return ctx.db.run(async (manager) => {
    const results: ImportRowResult[] = rows.map((row) => ({ sourceKey: row.sourceKey, status: ImportRowStatus.ADDED, id: null, problems: [] }));
    const refuse = (index: number, problems: ImportProblem[]) => Object.assign(results[index]!, { status: ImportRowStatus.REFUSED, id: null, problems });

    const seen = new Set<string>();
    const candidates: number[] = [];
    rows.forEach((row, index) => {
      const keyProblem = sourceKeyProblem(row.sourceKey);
      if (keyProblem) refuse(index, [keyProblem]);
      else if (seen.has(row.sourceKey)) refuse(index, [{ column: 'sourceKey', message: `sourceKey ${row.sourceKey} appears more than once.` }]);
      else candidates.push(index);
      seen.add(row.sourceKey);
    });

    const earlier = await importedRecords(manager, schema, kind, candidates.map((index) => rows[index]!.sourceKey));
    const earlierIds = new Map(earlier.map((row) => [row.sourceKey, row.id]));
    const fresh = candidates.filter((index) => {
      const id = earlierIds.get(rows[index]!.sourceKey);
      if (id) Object.assign(results[index]!, { status: ImportRowStatus.UNCHANGED, id });
      return !id;
    });

    const problemsOf = await plan.check(manager, fresh.map((index) => rows[index]!));
    const valid = fresh.filter((index) => {
      const problems = problemsOf(rows[index]!);
      if (problems.length) refuse(index, problems);
      return !problems.length;
    });

    const [{ id: batchId }] = await manager.query(`/* importBatchId */ SELECT nextval('${schema}.import_batch_id_seq')::text AS id`);
    const written = await writeInBatchOrRowByRow(manager, valid.map((index) => rows[index]!), (batch) => plan.write(manager, batchId, batch), explainWriteError);
    for (const index of valid) {
      const outcome = written.get(rows[index]!.sourceKey);
      if (typeof outcome === 'string') results[index]!.id = outcome;
      else refuse(index, [outcome ?? { column: 'sourceKey', message: 'The row was not written.' }]);
    }

    const result = importResult(results);
    await manager.query(
      `/* logImportBatch */ INSERT INTO ${schema}.import_batch (id, org_id, actor_subject, kind, added, unchanged, refused, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [batchId, ctx.caller.organisationId, ctx.caller.subject, kind, result.added, result.unchanged, result.refused, ctx.requestId],
    );
    return result;
  });
}

/** Records imported before under these source keys (of the caller's organisation: row level security); keys never imported are left out. */
export function importedRecords(manager: EntityManager, schema: 'journeys' | 'outcomes', kind: string, sourceKeys: string[]): Promise<Array<{ sourceKey: string; id: string }>> {
  return manager.query(
    `/* importedKeys */ SELECT source_key AS "sourceKey", record_id AS id FROM ${schema}.import_key WHERE kind = $1 AND source_key = ANY($2::text[])`,
    [kind, sourceKeys],
  );
}

/** One answer per key asked, in the order asked: the record made from it, or null (the import look-up queries). */
export async function importedRecordsByKey(manager: EntityManager, schema: 'journeys' | 'outcomes', kind: string, sourceKeys: string[]): Promise<Array<{ sourceKey: string; id: string | null }>> {
  const found = new Map((await importedRecords(manager, schema, kind, sourceKeys)).map((record) => [record.sourceKey, record.id]));
  return sourceKeys.map((sourceKey) => ({ sourceKey, id: found.get(sourceKey) ?? null }));
}

/** A row the database refused, in the caller's words; anything unexpected stays an internal error. */
function explainWriteError(error: unknown): ImportProblem {
  const state = sqlStateOf(error);
  if (state === '23505') return { column: 'sourceKey', message: 'The row conflicts with a record stored meanwhile (the same key or code).' };
  if (state === '23503') return { column: 'sourceKey', message: 'The row refers to a record that does not exist.' };
  if (state === '23514' || state?.startsWith('22')) return { column: 'sourceKey', message: 'The database refused a value of the row as outside what is allowed (e.g. a NUL character).' };
  throw error;
}
