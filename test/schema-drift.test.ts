import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiReferencePath, apiSchemaPath, composeSupergraph, renderApiReference, schemaDir, supergraphPath } from '@polku/scripts';

describe('committed schema files', () => {
  it('match what the code composes (run npm run compose after changing a schema)', async () => {
    const { subgraphSdls, supergraphSdl, apiSdl } = await composeSupergraph();
    for (const [name, sdl] of Object.entries(subgraphSdls)) {
      expect(await readFile(`${schemaDir}${name}.graphql`, 'utf8'), `schema/${name}.graphql is out of date`).toBe(sdl);
    }
    expect(await readFile(supergraphPath, 'utf8'), 'schema/supergraph.graphql is out of date').toBe(supergraphSdl);
    expect(await readFile(apiSchemaPath, 'utf8'), 'schema/api.graphql is out of date').toBe(apiSdl);
    expect(apiSdl).not.toMatch(/@join__|@link|join__Graph|link__Import/);
  });

  it('include an API reference generated from the API schema (npm run docs:api)', async () => {
    const apiSdl = await readFile(apiSchemaPath, 'utf8');
    expect(await readFile(apiReferencePath, 'utf8'), 'docs/api.md is out of date').toBe(renderApiReference(apiSdl));
  });
});
