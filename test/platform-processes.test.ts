import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, mintDevToken, startPlatformProcesses, type RunningPlatformProcesses } from '@polku/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 11: npm start's layout. PostgreSQL, each subgraph and the gateway run
// as separate supervised processes: a request that blocks one service cannot
// freeze the others, a crashed service is restarted, one subgraph down leaves
// the others' data, and PostgreSQL restarted under load needs no service restart.

let platform: RunningPlatformProcesses;
let dataDir: string;
let coach: string;
let otherCoach: string;
let projectId: string;
let enrolmentId: string;

const post = async (query: string, token: string, variables?: Record<string, unknown>) => {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> }) };
};
const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const waitFor = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await Promise.resolve().then(check).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'polku-processes-'));
  platform = await startPlatformProcesses({
    dataDir,
    embeddedPostgresPort: await freePort(),
    ports: { gateway: 0, partners: 0, journeys: 0, outcomes: 0 },
    host: '127.0.0.1',
  });
  const mint = async (organisation: string) => (await mintDevToken(platform.adminUrl, platform.signToken, { organisation, roles: ['COACH'], projects: [] })).token;
  coach = await mint('sotek');
  otherCoach = await mint('kalliola');
  const first = await post('{ project(slug: "yhteinen-askel") { id } enrolments(first: 1) { nodes { id } } }', coach);
  projectId = first.data.project.id;
  enrolmentId = first.data.enrolments.nodes[0].id;
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start: separate supervised processes', () => {
  it('runs PostgreSQL, each subgraph and the gateway as processes of their own', () => {
    const pids = [platform.postgresPid, ...Object.values(platform.services).map((service) => service.pid)];
    expect(Object.keys(platform.services).sort()).toEqual(['gateway', 'journeys', 'outcomes', 'partners']);
    expect(new Set(pids).size).toBe(5);
    expect(pids.every(alive)).toBe(true);
    expect(pids).not.toContain(process.pid);
  });

  it('keeps another organisation\'s query fast while one asks for a period in year 9999', async () => {
    const metrics = `query ($projectId: ID!) { projectMetrics(projectId: $projectId, view: OWN_ORGANISATION, from: "9999-01-01", to: "9999-12-31", granularity: MONTH) { exits { value } } }`;
    const stalling = post(metrics, coach, { projectId });
    const began = performance.now();
    const trivial = await post('{ me { organisation { name } } }', otherCoach);
    const otherMs = performance.now() - began;
    expect(trivial.data.me.organisation.name).toBe('Kalliolan Setlementti ry');
    expect(otherMs).toBeLessThan(1500);
    expect((await stalling).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers with the other subgraphs\' data and a clear error while one is down, and recovers when it is back', async () => {
    const query = `query ($id: ID!) { project(slug: "yhteinen-askel") { name } enrolment(id: $id) { id } }`;
    const journeys = platform.services.journeys!;
    const before = journeys.pid!;
    process.kill(before, 'SIGKILL');
    await waitFor('journeys to be gone', () => !alive(before));
    const down = await post(query, coach, { id: enrolmentId });
    expect(down.status).toBe(200);
    expect(down.data.project.name).toBe('Yhteinen Askel');
    expect(down.data.enrolment).toBeNull();
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors?.[0]?.extensions?.serviceName).toBe('journeys');
    expect(down.errors?.[0]?.message).toMatch(/journeys service is unavailable/);

    await waitFor('journeys to be restarted', () => journeys.restarts === 1 && alive(journeys.pid));
    await waitFor('the whole answer', async () => (await post(query, coach, { id: enrolmentId })).data?.enrolment?.id === enrolmentId);
    expect(journeys.pid).not.toBe(before);
  }, 60_000);

  it('recovers from a PostgreSQL restart under load without restarting any service', async () => {
    const servicePids = Object.fromEntries(Object.entries(platform.services).map(([name, service]) => [name, service.pid]));
    const postgresBefore = platform.postgresPid!;
    const query = `query ($id: ID!) { me { organisation { name } } enrolment(id: $id) { id exitOutcome { destination } } }`;
    let running = true;
    const outcomes = { ok: 0, failed: 0 };
    const codes = new Set<string>();
    const load = Array.from({ length: 8 }, async () => {
      while (running) {
        const response = await post(query, coach, { id: enrolmentId }).catch(() => undefined);
        if (response && !response.errors && response.data?.enrolment?.id === enrolmentId) outcomes.ok += 1;
        else {
          outcomes.failed += 1;
          for (const error of response?.errors ?? []) codes.add(`${error.extensions?.code}: ${error.message}`);
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // A fast shutdown, as an operator's restart or a crash of the server process would stop it.
    process.kill(postgresBefore, 'SIGINT');
    await waitFor('PostgreSQL to be restarted', () => platform.postgresPid !== undefined && platform.postgresPid !== postgresBefore && alive(platform.postgresPid));
    const okBefore = outcomes.ok;
    await waitFor('answers again', () => outcomes.ok > okBefore + 20);
    running = false;
    await Promise.all(load);
    const after = await post(query, coach, { id: enrolmentId });
    expect(after.errors).toBeUndefined();
    // While it restarted, callers were told to try again, not that something broke.
    expect([...codes].filter((code) => !code.startsWith('SERVICE_UNAVAILABLE:'))).toEqual([]);
    expect(Object.fromEntries(Object.entries(platform.services).map(([name, service]) => [name, service.pid]))).toEqual(servicePids);
    expect(Object.values(platform.services).every((service) => service.restarts <= 1)).toBe(true);
  }, 60_000);

  it('stops every process, leaving no orphans', async () => {
    const pids = [platform.postgresPid, ...Object.values(platform.services).map((service) => service.pid)];
    await platform.stop();
    await waitFor('every process to exit', () => pids.every((pid) => !alive(pid)), 15_000);
  }, 30_000);
});
