import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';

/**
 * What became of one row of a spreadsheet import (docs/import.md). Every
 * import mutation of every subgraph answers with these, row by row, so the
 * command line and the web app read one shape.
 */
export enum ImportRowStatus {
  ADDED = 'ADDED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  description: 'What an import did with a row.',
  valuesConfig: {
    ADDED: { description: 'The row was new and is now stored.' },
    UNCHANGED: { description: "The organisation's source key was imported before: nothing was written." },
    REFUSED: { description: 'The row breaks a rule (see problems): nothing of it was written.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'Why a row of an import was refused, by column.' })
export class ImportProblem {
  @Field({ description: 'The column (input field) at fault, e.g. "startedOn".' })
  column: string;

  @Field({ description: 'What is wrong, e.g. "startedOn must lie inside the project\'s period 2024-01-01–2026-12-31."' })
  message: string;
}

@Directive('@shareable')
@ObjectType({ description: 'What an import did with one row.' })
export class ImportRowResult {
  @Field({ description: "The organisation's own key of the row (e.g. its old client number), as sent." })
  sourceKey: string;

  @Field(() => ImportRowStatus, { description: 'Added, unchanged (imported before) or refused.' })
  status: ImportRowStatus;

  @Field(() => ID, { nullable: true, description: 'The stored record: new when added, the earlier one when unchanged, null when refused.' })
  id: string | null;

  @Field(() => [ImportProblem], { description: 'Why the row was refused; empty otherwise.' })
  problems: ImportProblem[];
}

@Directive('@shareable')
@ObjectType({ description: 'The outcome of one import call (at most 100 rows), row by row in the order sent.' })
export class ImportResult {
  @Field(() => [ImportRowResult], { description: 'One result per row, in the order sent.' })
  rows: ImportRowResult[];

  @Field(() => Int, { description: 'Rows added.' })
  added: number;

  @Field(() => Int, { description: 'Rows whose source key was imported before.' })
  unchanged: number;

  @Field(() => Int, { description: 'Rows refused.' })
  refused: number;
}

@Directive('@shareable')
@ObjectType({ description: 'Whether an earlier import made a record from a source key, and which.' })
export class ImportedRecord {
  @Field({ description: "The organisation's own key of the row, as asked." })
  sourceKey: string;

  @Field(() => ID, { nullable: true, description: 'The record made from it; null when the key was never imported.' })
  id: string | null;
}

/** Collects the results and counts of one call. */
export function importResult(rows: ImportRowResult[]): ImportResult {
  const count = (status: ImportRowStatus) => rows.filter((row) => row.status === status).length;
  return { rows, added: count(ImportRowStatus.ADDED), unchanged: count(ImportRowStatus.UNCHANGED), refused: count(ImportRowStatus.REFUSED) };
}

/** A rule that throws a typed error (e.g. checkEnrolmentDates) as a problem of the column it names. */
export function problemOf(error: unknown, fallbackColumn: string): ImportProblem {
  if (error instanceof GraphQLError && error.extensions?.code === 'BAD_USER_INPUT') {
    return { column: String(error.extensions.argument ?? fallbackColumn), message: error.message };
  }
  throw error;
}

/** A source key: 1 to 100 characters, no NUL. */
export function sourceKeyProblem(sourceKey: string): ImportProblem | null {
  if (sourceKey.length < 1 || sourceKey.length > 100 || sourceKey.includes('\u0000')) return { column: 'sourceKey', message: 'sourceKey must be 1 to 100 characters.' };
  return null;
}

/**
 * Writes a batch of rows with a constant number of statements. The batch runs
 * under one savepoint; if the database still refuses it (a rule only the
 * database knows, or a concurrent import of the same key), the batch is rolled
 * back to the savepoint and written row by row, each under its own savepoint,
 * so a bad row loses only itself.
 */
export async function writeInBatchOrRowByRow<Row extends { sourceKey: string }>(
  manager: EntityManager,
  rows: Row[],
  write: (rows: Row[]) => Promise<Map<string, string>>,
  explain: (error: unknown) => ImportProblem,
): Promise<Map<string, string | ImportProblem>> {
  const results = new Map<string, string | ImportProblem>();
  if (!rows.length) return results;
  await manager.query('SAVEPOINT import_batch');
  try {
    const ids = await write(rows);
    await manager.query('RELEASE SAVEPOINT import_batch');
    for (const [key, id] of ids) results.set(key, id);
    return results;
  } catch {
    await manager.query('ROLLBACK TO SAVEPOINT import_batch');
  }
  for (const row of rows) {
    await manager.query('SAVEPOINT import_row');
    try {
      const ids = await write([row]);
      await manager.query('RELEASE SAVEPOINT import_row');
      for (const [key, id] of ids) results.set(key, id);
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_row');
      results.set(row.sourceKey, explain(error));
    }
  }
  return results;
}
