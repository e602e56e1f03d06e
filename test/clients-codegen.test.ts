import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as client from '@polku/client';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// The CLI's package exports hide its bin; npm workspaces hoist it to the root.
const codegenBin = `${repoRoot}node_modules/@graphql-codegen/cli/esm/bin.js`;
const manifestPath = `${repoRoot}schema/client/src/generated/persisted-documents.json`;

describe('generated client (@polku/client)', () => {
  it('is up to date with schema/api.graphql and schema/operations (run npm run codegen)', async () => {
    // --check generates in memory and exits 1 when a committed file differs.
    const run = promisify(execFile)(process.execPath, [codegenBin, '--config', 'codegen.ts', '--check'], { cwd: repoRoot });
    await expect(run.catch((error) => Promise.reject(new Error(`generated client is stale:\n${error.stdout}${error.stderr}`)))).resolves.toBeDefined();
  }, 60_000);

  it('has one typed document per operation file, each hash in the manifest of trusted documents', async () => {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, string>;
    for (const [hash, text] of Object.entries(manifest)) {
      expect(hash, 'manifest keys are sha256 of the stored document').toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
    const operationFiles = (await readdir(`${repoRoot}schema/operations`)).filter((file) => file.endsWith('.graphql'));
    expect(operationFiles.length).toBeGreaterThan(0);
    for (const file of operationFiles) {
      const name = file.replace(/\.graphql$/, '');
      const document = (client as Record<string, unknown>)[`${name}Document`] as { __meta__?: { hash?: string } } | undefined;
      expect(document, `${file}: the operation should be named ${name}`).toBeDefined();
      expect(Object.keys(manifest)).toContain(document!.__meta__?.hash);
    }
    expect(Object.keys(manifest)).toHaveLength(operationFiles.length);
  });
});
