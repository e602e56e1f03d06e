import { Agent, createServer, request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import * as client from '@polku/client';
import { startGateway } from '@polku/gateway';
import { listen, TokenVerifier, tokenSettingsFromEnv, type Role } from '@polku/kit';
import { median, percentile, type SummaryRow } from './bench-stats.js';
import { supergraphPath } from './composition.js';
import { mintDevToken } from './dev-tokens.js';
import { operationExamples, resolveExampleVariables, shippedQueries } from './shipped-operations.js';
import type { RunningPlatformProcesses } from './platform.js';

/** One shipped operation, ready to send: its document, variables and a pool of callers' tokens. */
interface Operation {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  tokens: string[];
  /** The subgraph calls the gateway's plan made for it, grouped in the order they depend on each other. */
  waves: Array<Array<{ url: string; body: string }>>;
}

/**
 * Gateways compared on the repository's shipped operations (schema/operations,
 * with the callers and variables of examples.json), in the same run over the
 * same subgraph processes: the platform's gateway (its own process, as npm
 * start runs it), Hive Gateway with the Rust query planner (its own process)
 * and, as the floor, the plan's subgraph calls made directly (recorded once
 * from the platform's gateway, then replayed wave by wave: calls that waited
 * for another call's answer wait again). Tokens rotate over `tokensPerCaller`
 * people per caller, so no gateway can merge identical in-flight requests.
 * Rounds alternate the order; throughput is the median over rounds.
 */
export async function benchGateways(
  platform: RunningPlatformProcesses,
  hiveUrl: string,
  hivePid: number | undefined,
  options: { rounds: number; seconds: number; concurrency: number; tokensPerCaller: number },
): Promise<SummaryRow[]> {
  if (options.rounds < 1) return [];
  const operations = await shippedOperations(platform, options.tokensPerCaller);
  await recordPlans(platform, operations);
  const send = (url: string, body: string, token: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  const through = (url: string) => async (operation: Operation, token: string) => {
    const status = await send(url, JSON.stringify({ query: operation.document, variables: operation.variables }), token);
    if (status !== 200) throw new Error(`${operation.name}: HTTP ${status} from ${url}`);
  };
  const direct = async (operation: Operation, token: string) => {
    for (const wave of operation.waves) {
      await Promise.all(wave.map(async (call) => {
        const status = await send(call.url, call.body, token);
        if (status !== 200) throw new Error(`${operation.name}: HTTP ${status} from ${call.url}`);
      }));
    }
  };
  const paths: Array<[string, (operation: Operation, token: string) => Promise<void>]> = [
    ['platform gateway (Apollo, own process)', through(platform.gatewayUrl)],
    ['Hive Gateway + Rust planner (own process)', through(hiveUrl)],
    ['subgraph calls of the plan, direct', direct],
  ];
  // Warm-up: plans cached, connections open.
  for (const [, run] of paths) for (const operation of operations) for (const token of operation.tokens.slice(0, 2)) await run(operation, token);

  // CPU time of the gateway process itself per request (Linux /proc): robust when the machine is shared.
  const cpuPids: Record<string, number | undefined> = { [paths[0]![0]]: platform.services.gateway?.pid, [paths[1]![0]]: hivePid };
  const results = new Map<string, { rates: number[]; latencies: number[]; cpuMs: number; requests: number }>(paths.map(([name]) => [name, { rates: [], latencies: [], cpuMs: 0, requests: 0 }]));
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? paths : [...paths].reverse();
    for (const [name, run] of order) {
      const result = results.get(name)!;
      let done = 0;
      const cpuBefore = await cpuMsOf(cpuPids[name]);
      const deadline = performance.now() + options.seconds * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: options.concurrency }, async (_, worker) => {
          for (let i = worker; performance.now() < deadline; i += options.concurrency) {
            const operation = operations[i % operations.length]!;
            const token = operation.tokens[Math.floor(i / operations.length) % operation.tokens.length]!;
            const t0 = performance.now();
            await run(operation, token);
            result.latencies.push(performance.now() - t0);
            done += 1;
          }
        }),
      );
      result.rates.push(done / ((performance.now() - started) / 1000));
      result.cpuMs += (await cpuMsOf(cpuPids[name])) - cpuBefore;
      result.requests += done;
    }
  }
  const rate = (name: string) => median(results.get(name)!.rates);
  const [ours, hive, floor] = paths.map(([name]) => rate(name)) as [number, number, number];
  console.log(
    `gateways on ${operations.length} shipped operations (${operations.map((o) => o.name).join(', ')}), ${options.concurrency} connections, ${options.rounds} rounds of ${options.seconds} s:\n` +
      paths.map(([name]) => `  ${name}: ${rate(name).toFixed(1)} req/s (rounds ${results.get(name)!.rates.map((r) => r.toFixed(0)).join(', ')})${cpuPids[name] ? `, gateway CPU ${(results.get(name)!.cpuMs / results.get(name)!.requests).toFixed(2)} ms per request` : ''}`).join('\n') +
      `\n  platform gateway = ${(ours / hive).toFixed(2)}× Hive Gateway (target ≥ 1.1), ${(ours / floor).toFixed(2)}× direct (target ≥ 0.75)`,
  );
  return paths.map(([name], index) => {
    const sorted = results.get(name)!.latencies.sort((a, b) => a - b);
    const result = results.get(name)!;
    const cpu = cpuPids[name] ? `gateway CPU ${(result.cpuMs / result.requests).toFixed(2)} ms/req` : undefined;
    const note = [index === 0 ? `${(ours / hive).toFixed(2)}× Hive, ${(ours / floor).toFixed(2)}× direct` : undefined, cpu].filter(Boolean).join('; ') || undefined;
    return { what: `shipped operations via ${name}`, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), throughput: rate(name), note };
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** User plus system CPU time of a process in milliseconds (Linux); 0 elsewhere. */
async function cpuMsOf(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

/** The shipped queries (mutations change what the next run sees) with their examples' callers and variables. */
async function shippedOperations(platform: RunningPlatformProcesses, tokensPerCaller: number): Promise<Operation[]> {
  return Promise.all(
    [...shippedQueries].sort().map(async (name) => {
      const example = operationExamples[name] ?? {};
      const caller = example.caller ?? { org: 'sotek', roles: ['COACH'] as Role[] };
      const variables = await resolveExampleVariables(platform.adminUrl, example.variables ?? {});
      const tokens = [];
      for (let i = 0; i < tokensPerCaller; i++) {
        const subject = `bench-reader-${i}@${caller.org}`;
        tokens.push((await mintDevToken(platform.adminUrl, platform.signToken, { organisation: caller.org, roles: caller.roles, projects: caller.projects ?? [], subject })).token);
      }
      const document = String((client as Record<string, unknown>)[`${name}Document`]);
      return { name, document, variables, tokens, waves: [] };
    }),
  );
}

/**
 * The plan's subgraph calls, recorded from the platform's gateway (in this
 * process, behind recording proxies) for one run of each operation. A call
 * that started after another had answered is in a later wave.
 */
async function recordPlans(platform: RunningPlatformProcesses, operations: Operation[]) {
  let calls: Array<{ url: string; body: string; started: number; ended: number }> = [];
  const proxies = await Promise.all(
    Object.entries(platform.subgraphUrls).map(async ([name, url]) => {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const started = performance.now();
          const upstream = httpRequest(url, { method: 'POST', headers: req.headers }, (answer) => {
            const parts: Buffer[] = [];
            answer.on('data', (part: Buffer) => parts.push(part));
            answer.on('end', () => {
              calls.push({ url, body, started, ended: performance.now() });
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              res.end(Buffer.concat(parts));
            });
          });
          upstream.end(body);
        });
      });
      return [name, await listen(server, { name: `recording ${name}`, port: 0, host: '127.0.0.1' })] as const;
    }),
  );
  const settings = tokenSettingsFromEnv();
  const recorder = await startGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls: Object.fromEntries(proxies.map(([name, proxy]) => [name, proxy.url])),
    verifier: await TokenVerifier.create({ ...settings, publicKeyPem: settings.publicKeyPem ?? platform.devPublicKeyPem }),
    port: 0,
    host: '127.0.0.1',
    production: true,
  });
  try {
    for (const operation of operations) {
      calls = [];
      const response = await fetch(recorder.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${operation.tokens[0]}` },
        body: JSON.stringify({ query: operation.document, variables: operation.variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${operation.name} failed while recording its plan: ${JSON.stringify(body.errors).slice(0, 300)}`);
      const ordered = [...calls].sort((a, b) => a.started - b.started);
      for (const call of ordered) {
        const previous = operation.waves.at(-1);
        const dependsOnPrevious = !previous || ordered.some((other) => other !== call && other.ended <= call.started && previous.some((p) => p.body === other.body));
        if (dependsOnPrevious) operation.waves.push([{ url: call.url, body: call.body }]);
        else previous!.push({ url: call.url, body: call.body });
      }
    }
  } finally {
    await recorder.close();
    for (const [, proxy] of proxies) await proxy.close();
  }
}
