import { writeFile } from 'node:fs/promises';
import { runMain } from '@polku/kit';
import { apiReferencePath, renderApiReference } from './api-reference.js';
import { apiSchemaPath, composeSupergraph, schemaDir, supergraphPath } from './composition.js';

// npm run compose: writes schema/<subgraph>.graphql, schema/supergraph.graphql,
// the public API schema schema/api.graphql and its reference docs/api.md.
runMain(async () => {
  const { subgraphSdls, supergraphSdl, apiSdl } = await composeSupergraph();
  for (const [name, sdl] of Object.entries(subgraphSdls)) await writeFile(`${schemaDir}${name}.graphql`, sdl);
  await writeFile(supergraphPath, supergraphSdl);
  await writeFile(apiSchemaPath, apiSdl);
  await writeFile(apiReferencePath, renderApiReference(apiSdl));
  console.log(`wrote ${Object.keys(subgraphSdls).length} subgraph schemas, ${supergraphPath}, ${apiSchemaPath} and ${apiReferencePath}`);
});
