import { createHash } from 'node:crypto';
import { apiError, ErrorCode, type Caller } from '@polku/kit';
import type { EntityManager } from 'typeorm';

/**
 * Runs a creating mutation at most once per (organisation, key): a retry with
 * the same key returns the id of the first result instead of creating a
 * duplicate. The key row is claimed first, so a concurrent retry waits on the
 * unique index until the first transaction ends, then finds its result. If
 * the work fails, the transaction rolls back and the key is free again.
 */
export async function once(
  manager: EntityManager,
  caller: Caller,
  key: string | null | undefined,
  operation: string,
  input: unknown,
  create: () => Promise<string>,
): Promise<string> {
  if (key === null || key === undefined) return create();
  if (key.length < 1 || key.length > 200) throw apiError(ErrorCode.BAD_USER_INPUT, 'idempotencyKey must be 1 to 200 characters.', { argument: 'idempotencyKey' });
  const requestHash = createHash('sha256').update(JSON.stringify([operation, input])).digest('hex');
  const claimed = await manager.query(
    `INSERT INTO journeys.idempotency_key (org_id, key, operation, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (org_id, key) DO NOTHING RETURNING key`,
    [caller.organisationId, key, operation, requestHash],
  );
  if (claimed.length > 0) {
    const id = await create();
    await manager.query('UPDATE journeys.idempotency_key SET result_id = $3 WHERE org_id = $1 AND key = $2', [caller.organisationId, key, id]);
    return id;
  }
  const [earlier] = await manager.query('SELECT operation, request_hash AS "requestHash", result_id AS "resultId" FROM journeys.idempotency_key WHERE org_id = $1 AND key = $2', [
    caller.organisationId,
    key,
  ]);
  if (!earlier || earlier.operation !== operation || earlier.requestHash !== requestHash) {
    throw apiError(ErrorCode.CONFLICT, 'This idempotencyKey was already used for a different request.', { argument: 'idempotencyKey' });
  }
  return earlier.resultId;
}
