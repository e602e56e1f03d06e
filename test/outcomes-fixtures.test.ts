import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdminClient } from '@polku/scripts';
import { bootPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
const projectIds: Record<string, string> = {};

beforeAll(async () => {
  platform = await bootPlatform();
  await withAdminClient(platform.adminUrl, async (client) => {
    for (const row of (await client.query('SELECT id, slug FROM partners.project')).rows) projectIds[row.slug] = row.id;
  });
});
afterAll(() => platform?.stop());

const metricsQuery = `query ($projectId: ID!, $view: MetricsView!, $from: LocalDate!, $to: LocalDate!, $granularity: MetricsGranularity!) {
  projectMetrics(projectId: $projectId, view: $view, from: $from, to: $to, granularity: $granularity) {
    minimumCellSize
    exits { value suppressed } qualityPath { value suppressed } qualityPathRate { value suppressed }
    destinations { destination label count { value suppressed } share { value suppressed } }
    esfIndicators { indicator code count { value suppressed } }
    partners { organisation { id } exits { value suppressed } qualityPath { value suppressed } }
    softOutcomes { instrument { code name } enrolments { value suppressed } averageChange { value suppressed } }
    followUps { due { value } completed { value } completionRate { value } completedAtSixMonths { value } employedAtSixMonths { value } }
    timeSeries { from to exits { value suppressed } qualityPath { value suppressed } qualityPathRate { value suppressed } }
  }
}`;

async function metrics(token: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  const response = await platform.graphql(metricsQuery, { token, variables });
  expect(response.errors).toBeUndefined();
  return response.data.projectMetrics;
}

describe("Tekijän polku's exits (seed 003), as Kalliola sees its own figures", () => {
  it('reproduces the reported destinations over 11 people: 3 employed, 5 further paths, 1 other town, 1 work trial, 2 other or out', async () => {
    const token = await platform.tokenFor('kalliola', ['COACH']);
    const m = await metrics(token, { projectId: projectIds['tekijan-polku'], view: 'OWN_ORGANISATION', from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR' });
    const count = (d: string) => m.destinations.find((x: any) => x.destination === d).count.value;
    expect(m.exits).toEqual({ value: 11, suppressed: false });
    expect([
      count('EMPLOYED_OPEN_MARKET'),
      count('FURTHER_PATH_IN_ORGANISATION'),
      count('SEARCH_IN_ANOTHER_TOWN'),
      count('WORK_TRIAL'),
      count('OTHER') + count('OUT_OF_LABOUR_FORCE'),
    ]).toEqual([3, 5, 1, 1, 2]);
    // The document's shares are over the 11 people and add up to 108 %: one person is on a further path
    // taking a qualification and also starts a work trial (a further destination).
    const share = (d: string) => m.destinations.find((x: any) => x.destination === d).share.value;
    expect([share('EMPLOYED_OPEN_MARKET'), share('FURTHER_PATH_IN_ORGANISATION'), share('SEARCH_IN_ANOTHER_TOWN'), share('WORK_TRIAL')]).toEqual([0.2727, 0.4545, 0.0909, 0.0909]);
    expect(m.qualityPath.value).toBe(8);
    expect(m.partners).toEqual([{ organisation: { id: await platform.organisationId('kalliola') }, exits: { value: 11, suppressed: false }, qualityPath: { value: 8, suppressed: false } }]);
    expect(m.softOutcomes).toHaveLength(1);
    expect(m.softOutcomes[0].instrument.code).toBe('polun-askeleet');
    expect(m.softOutcomes[0].enrolments.value).toBe(11);
    expect(m.softOutcomes[0].averageChange.value).toBe(2);
  });
});

describe('Avain Askel and Uusi Askel yearly quality-path rates (seed 000), as Sotek sees its own figures', () => {
  it('gives 2015 50 %, 2016 50 %, 2017 63 %', async () => {
    const token = await platform.tokenFor('sotek', ['ORG_ADMIN']);
    const m = await metrics(token, { projectId: projectIds['avain-askel'], view: 'OWN_ORGANISATION', from: '2015-01-01', to: '2017-12-31', granularity: 'YEAR' });
    expect(m.timeSeries.map((b: any) => [b.from.slice(0, 4), b.qualityPathRate.value])).toEqual([['2015', 0.5], ['2016', 0.5], ['2017', 0.63]]);
  });

  it('gives 2018 42 %, 2019 46 %, 2020 78 % by November and 66 % by October', async () => {
    const token = await platform.tokenFor('sotek', ['ORG_ADMIN']);
    const years = await metrics(token, { projectId: projectIds['uusi-askel'], view: 'OWN_ORGANISATION', from: '2018-01-01', to: '2020-11-30', granularity: 'YEAR' });
    expect(years.timeSeries.map((b: any) => [b.from, b.to, b.qualityPathRate.value])).toEqual([
      ['2018-01-01', '2018-12-31', 0.42],
      ['2019-01-01', '2019-12-31', 0.46],
      ['2020-01-01', '2020-11-30', 0.78],
    ]);
    const october = await metrics(token, { projectId: projectIds['uusi-askel'], view: 'OWN_ORGANISATION', from: '2020-01-01', to: '2020-10-31', granularity: 'MONTH' });
    expect(october.qualityPathRate.value).toBe(0.66);
    expect(october.timeSeries).toHaveLength(10);
  });

  it('gives a coordinator of Uusi Askel the same rates, pooled, one year at a time', async () => {
    const token = await platform.tokenFor('sotek', ['COORDINATOR'], ['uusi-askel']);
    const rates = [];
    for (const year of [2018, 2019, 2020]) {
      const m = await metrics(token, { projectId: projectIds['uusi-askel'], view: 'POOLED', from: `${year}-01-01`, to: `${year}-12-31`, granularity: 'YEAR' });
      rates.push(m.qualityPathRate.value);
    }
    expect(rates).toEqual([0.42, 0.46, 0.78]);
  });

  it('completed every historical follow-up, employment at 6 months counted from what was found', async () => {
    const token = await platform.tokenFor('sotek', ['COACH']);
    const m = await metrics(token, { projectId: projectIds['avain-askel'], view: 'OWN_ORGANISATION', from: '2015-01-01', to: '2018-12-31', granularity: 'YEAR' });
    expect(m.followUps.due.value).toBe(188 * 3);
    expect(m.followUps.completionRate.value).toBe(1);
    expect(m.followUps.completedAtSixMonths.value).toBe(188);
    expect(m.esfIndicators.map((e: any) => e.code)).toEqual(['EECR01', 'EECR02', 'EECR04', 'EECR03']);
  });
});
