import { buildSchema, type GraphQLSchema } from 'graphql';

/** A small schema for rule tests: resolvers attached by hand, one field marked sensitive. */
export function makeExecutableSchemaFromSdl(): GraphQLSchema {
  const schema = buildSchema(`
    type Query { clients: [Client!] projects: [String!] metrics: Int }
    type Client { code: String! personalData: String }
  `);
  const query = schema.getQueryType()!.getFields();
  query.clients!.resolve = () => [{ code: 'A', personalData: 'secret A' }, { code: 'B', personalData: 'secret B' }];
  query.projects!.resolve = () => ['p'];
  query.metrics!.resolve = () => 42;
  const personal = schema.getType('Client') as unknown as { getFields(): Record<string, { extensions: object }> };
  personal.getFields().personalData!.extensions = { sensitive: true };
  return schema;
}
