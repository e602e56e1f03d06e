import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as client from '@polku/client';
import type { Role } from '@polku/kit';
import { freePort, mintDevToken, startPlatformProcesses, type RunningPlatformProcesses } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationExamples, resolveExampleVariables, shippedQueries, shippedSubscriptions } from '@polku/scripts';

// Issue 11, finding 9 and "no egress by default": the platform runs as npm
// start runs it (each service its own process) with every non-loopback
// connection and DNS lookup blocked and recorded by a preload in every Node
// process (support/no-egress.mjs, through NODE_OPTIONS) and in this one.
// Before APOLLO_TELEMETRY_DISABLED was set in code, @apollo/gateway probed
// cloud metadata addresses as soon as it was constructed.

const preload = fileURLToPath(new URL('./support/no-egress.mjs', import.meta.url));

let platform: RunningPlatformProcesses;
let dataDir: string;
let logPath: string;
const savedEnv = { NODE_OPTIONS: process.env.NODE_OPTIONS, NO_EGRESS_LOG: process.env.NO_EGRESS_LOG, APOLLO_TELEMETRY_DISABLED: process.env.APOLLO_TELEMETRY_DISABLED };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'polku-no-egress-'));
  logPath = join(dataDir, 'egress.jsonl');
  process.env.NO_EGRESS_LOG = logPath;
  // Every Node process the platform starts loads the preload; an operator's environment may not have the telemetry switch.
  process.env.NODE_OPTIONS = `${savedEnv.NODE_OPTIONS ?? ''} --import ${preload}`.trim();
  delete process.env.APOLLO_TELEMETRY_DISABLED;
  await import(preload);
  platform = await startPlatformProcesses({
    dataDir,
    embeddedPostgresPort: await freePort(),
    ports: { gateway: 0, partners: 0, journeys: 0, outcomes: 0 },
    host: '127.0.0.1',
  });
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('no egress by default', () => {
  it('blocks and records a connection leaving the machine (the check itself works)', async () => {
    await expect(fetch('http://169.254.169.254/latest/meta-data/')).rejects.toThrow();
    const recorded = (await readFile(logPath, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { target: string });
    expect(recorded.map((attempt) => attempt.target)).toEqual(['169.254.169.254:80']);
    await rm(logPath);
  });

  it('runs every shipped operation, the subscriptions and a write through every service without one connection or lookup leaving the machine', async () => {
    expect(shippedQueries.length).toBeGreaterThan(5);
    for (const name of shippedQueries) {
      const example = operationExamples[name] ?? {};
      const caller = example.caller ?? { org: 'sotek', roles: ['COACH'] as Role[] };
      const { token } = await mintDevToken(platform.adminUrl, platform.signToken, { organisation: caller.org, roles: caller.roles, projects: caller.projects ?? [] });
      const variables = await resolveExampleVariables(platform.adminUrl, example.variables ?? {});
      const document = (client as Record<string, unknown>)[`${name}Document`] as client.TypedDocumentString<unknown, Record<string, unknown>>;
      await expect(client.request(platform.gatewayUrl, token, document, variables), name).resolves.toBeTruthy();
    }
    // The live inbox's subscriptions: each replays the demo data's events from the start, and the first arrives.
    expect(shippedSubscriptions.length).toBeGreaterThan(0);
    for (const name of shippedSubscriptions) {
      const example = operationExamples[name] ?? {};
      const caller = example.caller ?? { org: 'sotek', roles: ['COACH'] as Role[] };
      const { token } = await mintDevToken(platform.adminUrl, platform.signToken, { organisation: caller.org, roles: caller.roles, projects: caller.projects ?? [] });
      const document = (client as Record<string, unknown>)[`${name}Document`] as client.TypedDocumentString<unknown, Record<string, unknown>>;
      const abort = new AbortController();
      const events = client.subscribeWith({ url: platform.gatewayUrl, token, lastEventId: '0', signal: abort.signal }, document, example.variables ?? {});
      const first = await events.next();
      abort.abort();
      expect(first.value?.errors, name).toBeUndefined();
      expect(first.value?.id, name).toMatch(/^\d+$/);
    }
    const { token } = await mintDevToken(platform.adminUrl, platform.signToken, { organisation: 'sotek', roles: ['COACH'], projects: [] });
    const created = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { createClient(input: { code: "EGRESS-1", personal: { fullName: "Testi Asiakas" } }) { id } }' }),
    });
    expect(((await created.json()) as { data?: { createClient?: { id: string } } }).data?.createClient?.id).toBeTruthy();
    // The gateway's telemetry probed cloud metadata within moments of its construction; give anything deferred time to try.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const attempts = existsSync(logPath) ? (await readFile(logPath, 'utf8')).trim() : '';
    expect(attempts).toBe('');
  }, 60_000);
});
