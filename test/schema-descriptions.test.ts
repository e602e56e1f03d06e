import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, missingDescriptions, schemaDir } from '@polku/scripts';

/**
 * The API reference is only as good as the descriptions in the code. Entries
 * of schema/descriptions-todo.json are known gaps (each with a TODO) that the
 * owning service must fill; the list may only shrink.
 */
describe('API schema descriptions', () => {
  it('describe every type, field, argument and enum value', async () => {
    const schema = buildSchema(await readFile(apiSchemaPath, 'utf8'));
    const todo = JSON.parse(await readFile(`${schemaDir}descriptions-todo.json`, 'utf8')) as { missing: Array<{ coordinate: string; todo: string }> };
    const allowed = new Set(todo.missing.map((entry) => entry.coordinate));
    const missing = missingDescriptions(schema);
    expect(missing.filter((coordinate) => !allowed.has(coordinate)), 'add a description in the owning service').toEqual([]);
    expect([...allowed].filter((coordinate) => !missing.includes(coordinate)), 'described now: remove from schema/descriptions-todo.json').toEqual([]);
  });

  it('finds a missing description', () => {
    const schema = buildSchema(`
      type Query { "Described." thing(id: ID!): Thing }
      "A thing." type Thing { name: String "Described." kind: Kind }
      "A kind." enum Kind { "Described." A B }
    `);
    expect(missingDescriptions(schema)).toEqual(['Kind.B', 'Query.thing(id:)', 'Thing.name']);
  });
});
