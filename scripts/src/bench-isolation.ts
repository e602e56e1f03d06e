import { percentile, type SummaryRow } from './bench-stats.js';
import { mintDevToken } from './dev-tokens.js';
import { resolveSlugs } from './directory.js';
import type { RunningPlatform } from './platform.js';

/**
 * Issue 11's stall, measured in npm start's layout: a period in year 9999
 * (3.3 million buckets before the fix), dates outside years 0001–9999
 * (BAD_USER_INPUT), and, at the same moment, another organisation's trivial
 * query. Each of `runs` rounds sends the three together.
 */
export async function benchIsolation(platform: RunningPlatform, runs: number): Promise<SummaryRow[]> {
  const coach = (await mintDevToken(platform.adminUrl, platform.signToken, { organisation: 'sotek', roles: ['COACH'] })).token;
  const other = (await mintDevToken(platform.adminUrl, platform.signToken, { organisation: 'kalliola', roles: ['COACH'] })).token;
  const projectId = (await resolveSlugs(platform.adminUrl, 'sotek', ['yhteinen-askel'])).projectIds[0];
  const metrics = 'query ($projectId: ID!, $from: LocalDate!, $to: LocalDate!) { projectMetrics(projectId: $projectId, view: OWN_ORGANISATION, from: $from, to: $to, granularity: MONTH) { exits { value } } }';
  const timed = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const started = performance.now();
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code ?? 'ok' };
  };
  const samples = { year9999: [] as number[], outOfRange: [] as number[], other: [] as number[] };
  const codes = new Set<string>();
  // Warm-up: plans, connections and caller confirmations in place before timing.
  for (let i = 0; i < 5; i++) await Promise.all([timed(coach, metrics, { projectId, from: '2025-01-01', to: '2025-12-31' }), timed(other, '{ me { organisation { name } } }')]);
  for (let i = 0; i < runs; i++) {
    const [year9999, outOfRange, trivial] = await Promise.all([
      timed(coach, metrics, { projectId, from: '9999-01-01', to: '9999-12-31' }),
      timed(coach, metrics, { projectId, from: i % 2 ? '0000-01-01' : '10000-01-01', to: '9999-12-31' }),
      timed(other, '{ me { organisation { name } } }'),
    ]);
    samples.year9999.push(year9999.ms);
    samples.outOfRange.push(outOfRange.ms);
    samples.other.push(trivial.ms);
    codes.add(`9999: ${year9999.code}, out of range: ${outOfRange.code}, other: ${trivial.code}`);
  }
  const row = (what: string, values: number[], note?: string): SummaryRow => {
    const sorted = [...values].sort((a, b) => a - b);
    return { what, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), note: note ?? `max ${sorted.at(-1)!.toFixed(1)} ms` };
  };
  console.log(`isolation (${runs} rounds, npm start's layout): answers ${[...codes].join(' | ')}`);
  return [
    row('projectMetrics in year 9999', samples.year9999),
    row('projectMetrics from year 0000/10000', samples.outOfRange, `${[...codes].some((c) => c.includes('out of range: BAD_USER_INPUT')) ? 'BAD_USER_INPUT' : 'NOT BAD_USER_INPUT'}, max ${Math.max(...samples.outOfRange).toFixed(1)} ms`),
    row("another organisation's trivial query meanwhile", samples.other),
  ];
}
