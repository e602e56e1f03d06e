import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { subgraphs } from './subgraphs.js';

export const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));
export const supergraphPath = `${schemaDir}supergraph.graphql`;
/** The public API schema: what clients see and codegen reads (no federation directives). */
export const apiSchemaPath = `${schemaDir}api.graphql`;

export interface Composition {
  /** Each subgraph's SDL by subgraph name. */
  subgraphSdls: Record<string, string>;
  supergraphSdl: string;
  /** The supergraph's API schema, in composition order (enum values keep their meaningful order). */
  apiSdl: string;
}

/** Composes the supergraph from the code's subgraph schemas, as the committed files should be. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphSdls: Record<string, string> = {};
  for (const subgraph of subgraphs) subgraphSdls[subgraph.name] = (await subgraph.build()).sdl;
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: `http://localhost:${subgraph.defaultPort}/graphql`,
      typeDefs: parse(subgraphSdls[subgraph.name]!),
    })),
  );
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  const apiSdl = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`;
  return { subgraphSdls, supergraphSdl: result.supergraphSdl, apiSdl };
}
