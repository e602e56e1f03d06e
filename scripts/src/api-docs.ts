import { readFile, writeFile } from 'node:fs/promises';
import { runMain } from '@polku/kit';
import { apiReferencePath, renderApiReference } from './api-reference.js';
import { apiSchemaPath } from './composition.js';

// npm run docs:api: rewrites docs/api.md from the committed schema/api.graphql.
runMain(async () => {
  await writeFile(apiReferencePath, renderApiReference(await readFile(apiSchemaPath, 'utf8')));
  console.log(`wrote ${apiReferencePath}`);
});
