import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, schemaDir, supergraphPath } from '@polku/scripts';

describe('committed schema files', () => {
  it('match what the code composes (run npm run compose after changing a schema)', async () => {
    const { subgraphSdls, supergraphSdl } = await composeSupergraph();
    for (const [name, sdl] of Object.entries(subgraphSdls)) {
      expect(await readFile(`${schemaDir}${name}.graphql`, 'utf8'), `schema/${name}.graphql is out of date`).toBe(sdl);
    }
    expect(await readFile(supergraphPath, 'utf8'), 'schema/supergraph.graphql is out of date').toBe(supergraphSdl);
  });
});
