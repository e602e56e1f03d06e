import { decodeCursor, pageSize, toPage, type PageArgs } from '@polku/kit';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * One page of a directory list sorted by name, then id: keyset pagination
 * (the cursor is the last row's name and id), so a page costs one indexed
 * query however deep it is.
 */
export async function pageByName<Row extends ObjectLiteral & { id: string; name: string }>(
  query: SelectQueryBuilder<Row>,
  args: PageArgs,
) {
  const size = pageSize(args.first);
  const alias = query.alias;
  const after = decodeCursor(args.after, ['text', 'uuid']);
  if (after) {
    const [name, id] = after;
    query.andWhere(`(${alias}.name, ${alias}.id) > (:afterName, :afterId)`, { afterName: name, afterId: id });
  }
  const rows = await query.orderBy(`${alias}.name`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').limit(size + 1).getMany();
  return toPage(rows, size, (row) => [row.name, row.id]);
}
