import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, freePort, type TestPlatform } from './support/platform.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Runs one of the platform's commands as a user would, and collects how it ended. */
function run(entry: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', '@oxc-node/core/register', entry], {
      cwd: repo,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.trim(), stdout });
    });
  });
}

let platform: TestPlatform;
let dataDir: string;
let occupied: Server;
let occupiedPort: number;

beforeAll(async () => {
  platform = await bootPlatform();
  dataDir = await mkdtemp(join(tmpdir(), 'polku-startup-'));
  occupied = createServer();
  await new Promise<void>((resolve) => occupied.listen(0, () => resolve()));
  occupiedPort = (occupied.address() as { port: number }).port;
});
afterAll(async () => {
  occupied?.close();
  await platform?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('start-up failures print one line naming the problem and exit non-zero', () => {
  it('an unreachable DATABASE_URL', async () => {
    const result = await run('scripts/src/start.ts', { DATA_DIR: dataDir, DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${await freePort()}/polku` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot connect to PostgreSQL: cannot reach PostgreSQL at 127\.0\.0\.1:\d+ \(connection refused\); check DATABASE_URL$/);
  });

  it('a port in use', async () => {
    const result = await run('scripts/src/start.ts', {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      PARTNERS_PORT: String(occupiedPort),
      JOURNEYS_PORT: String(await freePort()),
      OUTCOMES_PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      `error: partners: port ${occupiedPort} is already in use; stop the other process or set another port`,
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a subgraph without a token verification key', async () => {
    const result = await run('services/partners/src/main.ts', { DATABASE_URL: platform.serviceDatabaseUrls.partners!, PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: no token verification key: set JWT_PUBLIC_KEY, JWT_PUBLIC_KEY_FILE or JWT_JWKS_URL');
  });

  it('the platform in production without the linkage secret', async () => {
    const result = await run('scripts/src/start.ts', { DATA_DIR: dataDir, NODE_ENV: 'production', EMBEDDED_PG_PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('error:'))).toEqual([
      "error: POLKU_LINKAGE_SECRET is not set: production needs the platform's linkage secret (docs/linkage.md)",
    ]);
  });

  it('journeys without the linkage secret', async () => {
    const result = await run('services/journeys/src/main.ts', { DATABASE_URL: platform.serviceDatabaseUrls.journeys!, PORT: '0', JWT_PUBLIC_KEY: platform.devPublicKeyPem });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: POLKU_LINKAGE_SECRET must be set to a secret of at least 32 characters');
  });

  it('a subgraph started on its own with the right settings serves requests', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--conditions=source', '--import', '@oxc-node/core/register', 'services/journeys/src/main.ts'], {
      cwd: repo,
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME ?? '/tmp',
        DATABASE_URL: platform.serviceDatabaseUrls.journeys!,
        PARTNERS_URL: platform.subgraphUrls.partners!,
        PORT: String(port),
        JWT_PUBLIC_KEY: platform.devPublicKeyPem,
        POLKU_LINKAGE_SECRET: 'a linkage secret of at least thirty-two characters',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      let response: Response | undefined;
      for (let attempt = 0; attempt < 100 && !response; attempt++) {
        response = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (!response) await new Promise((r) => setTimeout(r, 100));
      }
      expect(response?.status, stderr).toBe(200);
      const token = await platform.tokenFor('sotek', ['COACH']);
      const { data } = await platform.graphql('{ clients(codePrefix: "SOT-") { nodes { code } } }', { token, url: `http://127.0.0.1:${port}/graphql` });
      expect(data.clients.nodes).toHaveLength(5);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
