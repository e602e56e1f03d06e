import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

/** Federation 2 directives the subgraphs may use. */
const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/** `__resolveReference` per entity type name. */
export type ReferenceResolvers = Record<string, (reference: any, context: any, info: any) => unknown>;

export interface SubgraphDefinition {
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only through federation (entity stubs of other subgraphs). */
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

export interface BuiltSubgraph {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it (committed under schema/). */
  sdl: string;
}

/**
 * Builds a Federation 2 subgraph from type-graphql classes: type-graphql has no
 * federation helper, so we print its schema with directives, add the
 * federation @link and let @apollo/subgraph add `_entities` and `_service`.
 */
export async function buildSubgraph(definition: SubgraphDefinition): Promise<BuiltSubgraph> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    // Federation directives are not declared in type-graphql's schema.
    skipCheck: true,
    validate: false,
  });
  const sdl = `${federationLink}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, object>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
  return { schema, sdl };
}
