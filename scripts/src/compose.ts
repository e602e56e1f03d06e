import { writeFile } from 'node:fs/promises';
import { runMain } from '@polku/kit';
import { composeSupergraph, schemaDir, supergraphPath } from './composition.js';

// npm run compose: writes schema/<subgraph>.graphql and schema/supergraph.graphql.
runMain(async () => {
  const { subgraphSdls, supergraphSdl } = await composeSupergraph();
  for (const [name, sdl] of Object.entries(subgraphSdls)) await writeFile(`${schemaDir}${name}.graphql`, sdl);
  await writeFile(supergraphPath, supergraphSdl);
  console.log(`wrote ${Object.keys(subgraphSdls).length} subgraph schemas and ${supergraphPath}`);
});
