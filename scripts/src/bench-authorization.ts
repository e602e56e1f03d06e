import { allow, buildSubgraph, checkCallerWithPartners, createLogger, createServiceDataSource, PeerSubgraphs, startSubgraphService, TokenVerifier, tokenSettingsFromEnv } from '@polku/kit';
import { createOutcomesLoaders, outcomesDefinition, outcomesSubgraph } from '@polku/outcomes';
import { describe, measureConcurrent, median, percentile, type SummaryRow, type Timings } from './bench-stats.js';
import { withAdminClient } from './database.js';
import { ensureStaffRecord } from './staff-records.js';
import type { RunningPlatform } from './platform.js';
import type { SyntheticData } from './synthetic.js';

export const LIST_ROWS = 1000;

/**
 * A 1000-row list with a rule-guarded field on every row: the exit outcomes
 * of 1000 enrolments, asked the way the gateway asks when a query goes from
 * journeys' enrolments to outcomes (`_entities`, no page size limit). With
 * the rules, `_entities` checks the caller once and `Enrolment.exitOutcome`
 * (personal data: organisation staff only) runs its rule on each of the
 * 1000 rows; row level security and one dataloader query serve the rows.
 */
const listQuery = `query ExitsOfEnrolments($r: [_Any!]!) { _entities(representations: $r) { ... on Enrolment {
  id exitOutcome { id exitDate destination destinationLabel title sector qualificationGained qualityPath esfIndicator } } } }`;

/**
 * Authorization overhead: the outcomes subgraph built twice from the same
 * definition (outcomesDefinition), once with its rules and once with none
 * (kit's buildSubgraph still guards `_entities` and `_service`: those two
 * rules are part of every subgraph), each served over HTTP by
 * startSubgraphService on the same connection pool, token verification and
 * data. Rounds alternate which variant goes first; each round sends
 * `requests` list queries over `concurrency` connections. Throughput is the
 * median over rounds; latencies pool every request.
 */
export async function benchAuthorization(
  platform: RunningPlatform,
  data: SyntheticData,
  options: { rounds: number; requests: number; concurrency: number },
): Promise<SummaryRow[]> {
  if (options.rounds < 1) return [];
  const organisationId = data.organisationIds.at(-1)!;
  const enrolmentIds = await withAdminClient(platform.adminUrl, async (client) => {
    const { rows } = await client.query(`SELECT enrolment_id AS id FROM outcomes.exit_outcome WHERE org_id = $1 ORDER BY enrolment_id LIMIT $2`, [
      organisationId,
      LIST_ROWS,
    ]);
    return rows.map((r) => r.id as string);
  });
  if (enrolmentIds.length < LIST_ROWS) {
    console.log(`authorization overhead: skipped, an organisation has only ${enrolmentIds.length} exits (needs ${LIST_ROWS}; raise BENCH_EXITS)`);
    return [];
  }

  const settings = tokenSettingsFromEnv();
  const verifier = await TokenVerifier.create({ ...settings, publicKeyPem: settings.publicKeyPem ?? platform.devPublicKeyPem });
  const dataSource = createServiceDataSource({
    url: platform.serviceDatabaseUrls.outcomes!,
    schema: outcomesSubgraph.database.schema,
    entities: outcomesSubgraph.database.entities,
    applicationName: 'bench-authorization',
  });
  await dataSource.initialize();
  const logger = createLogger('bench', 'warn');
  const serve = async (rules: boolean) => {
    // Without rules but for the one entity the query enters by (kit refuses an entity without a rule).
    const { schema } = await buildSubgraph({ ...outcomesDefinition, rules: rules ? outcomesDefinition.rules : { Enrolment: { __resolveReference: allow } } });
    return startSubgraphService({
      name: rules ? 'outcomes-with-rules' : 'outcomes-without-rules',
      schema,
      dataSource,
      verifier,
      createLoaders: createOutcomesLoaders,
      // Both variants confirm the caller with partners the same way (once per token, then remembered).
      checkCaller: checkCallerWithPartners,
      peers: new PeerSubgraphs(platform.subgraphUrls),
      port: 0,
      host: '127.0.0.1',
      logger,
    });
  };
  const variants = [
    { name: 'with rules', service: await serve(true), rounds: [] as Timings[] },
    { name: 'without rules', service: await serve(false), rounds: [] as Timings[] },
  ];
  try {
    await ensureStaffRecord(platform.adminUrl, organisationId, 'bench@coach', ['COACH'], []);
    const token = await platform.signToken({ subject: 'bench@coach', organisationId, roles: ['COACH'], projectIds: [] });
    const body = JSON.stringify({ query: listQuery, variables: { r: enrolmentIds.map((id) => ({ __typename: 'Enrolment', id })) } });
    const send = (url: string) => async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await response.text();
      if (response.status !== 200 || text.includes('"errors"')) throw new Error(`unexpected answer: ${text.slice(0, 500)}`);
    };
    // Both variants answer the same 1000 rows, every one with its exit outcome.
    for (const variant of variants) {
      const response = await fetch(variant.service.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await response.json()) as { data?: { _entities: Array<{ exitOutcome: unknown } | null> } };
      const rows = answer.data?._entities.filter((e) => e?.exitOutcome).length;
      if (rows !== LIST_ROWS) throw new Error(`${variant.name}: ${rows} rows with an exit outcome, expected ${LIST_ROWS}: ${JSON.stringify(answer).slice(0, 300)}`);
      await measureConcurrent(options.concurrency * 2, options.concurrency, send(variant.service.url)); // warm-up
    }
    // And the rules are really there: a coordinator (no client data) is refused by one variant only.
    await ensureStaffRecord(platform.adminUrl, organisationId, 'bench@coordinator', ['COORDINATOR'], []);
    const coordinator = await platform.signToken({ subject: 'bench@coordinator', organisationId, roles: ['COORDINATOR'], projectIds: [] });
    const refused = await Promise.all(
      variants.map(async (variant) => {
        const response = await fetch(variant.service.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` }, body });
        return (await response.text()).includes('"FORBIDDEN"');
      }),
    );
    if (refused[0] !== true || refused[1] !== false) throw new Error(`rules not in effect as expected: refused with/without = ${refused.join('/')}`);
    for (let round = 0; round < options.rounds; round++) {
      for (const variant of round % 2 ? [...variants].reverse() : variants) {
        variant.rounds.push(await measureConcurrent(options.requests, options.concurrency, send(variant.service.url)));
      }
    }
  } finally {
    for (const variant of variants) await variant.service.close().catch(() => {});
    await dataSource.destroy();
  }

  const results = variants.map((variant) => {
    const all: Timings = { sorted: variant.rounds.flatMap((r) => r.sorted).sort((a, b) => a - b), throughput: median(variant.rounds.map((r) => r.throughput!)) };
    console.log(describe(`${LIST_ROWS}-row list ${variant.name} (${options.rounds} rounds x ${options.requests} requests, ${options.concurrency} concurrent; median req/s)`, all));
    return { variant, all };
  });
  const [withRules, withoutRules] = results as [(typeof results)[0], (typeof results)[0]];
  const ratio = withRules.all.throughput! / withoutRules.all.throughput!;
  console.log(`authorization overhead: throughput with rules ${(ratio * 100).toFixed(1)} % of without (target at least 90 %)`);
  const row = (name: string, t: Timings, note: string): SummaryRow => ({ what: name, p50: percentile(t.sorted, 0.5), p95: percentile(t.sorted, 0.95), throughput: t.throughput, note });
  return [
    row(`${LIST_ROWS}-row list, without rules`, withoutRules.all, `${options.concurrency} concurrent`),
    row(`${LIST_ROWS}-row list, with rules`, withRules.all, `${(ratio * 100).toFixed(1)} % of the throughput without (target >= 90 %)`),
  ];
}
