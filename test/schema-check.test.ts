import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkSchema, composeSupergraph, describeSchemaCheck, schemaDir, type AcknowledgedChange } from '@polku/scripts';

const published = `
  type Query {
    "All projects."
    projects(first: Int): [Project!]!
    "One project."
    project(slug: String!): Project
  }
  "A project."
  type Project { "Id." id: ID! "Name." name: String! "Code." code: String }
  "A language."
  enum Locale { "Finnish." FI "English." EN }
`;

describe('schema:check', () => {
  it('catches a removed field and a newly required argument as unacknowledged breaking changes', async () => {
    const next = published.replace('"Code." code: String', '').replace('projects(first: Int)', 'projects(first: Int!)');
    const check = await checkSchema(published, next, []);
    expect(check.unacknowledged.map((change) => `${change.type} ${change.path}`).sort()).toEqual([
      'FIELD_ARGUMENT_TYPE_CHANGED Query.projects.first',
      'FIELD_REMOVED Project.code',
    ]);
    expect(describeSchemaCheck(check)).toMatch(/BREAKING \(2\)[\s\S]*NOT ACKNOWLEDGED[\s\S]*acknowledged-changes\.json/);
  });

  it('passes a breaking change acknowledged with a reason, not one with a TODO', async () => {
    const next = published.replace('"Code." code: String', '');
    const acknowledgement = (reason: string): AcknowledgedChange[] => [{ type: 'FIELD_REMOVED', path: 'Project.code', reason }];
    expect((await checkSchema(published, next, acknowledgement('No client used it; partners told on 2026-05-02.'))).unacknowledged).toEqual([]);
    expect((await checkSchema(published, next, acknowledgement('TODO: why this is acceptable'))).unacknowledged).toHaveLength(1);
  });

  it('lists a dangerous change (a new enum value) and lets it pass', async () => {
    const check = await checkSchema(published, published.replace('"English." EN', '"English." EN "Swedish." SV'), []);
    expect(check.dangerous.map((change) => change.type)).toEqual(['ENUM_VALUE_ADDED']);
    expect(check.unacknowledged).toEqual([]);
    expect(describeSchemaCheck(check)).toMatch(/DANGEROUS \(1\)/);
  });

  it('passes an added field as safe', async () => {
    const check = await checkSchema(published, published.replace('"Name." name: String!', '"Name." name: String! "Slug." slug: String'), []);
    expect(check.safe.map((change) => change.type)).toContain('FIELD_ADDED');
    expect(check.breaking).toEqual([]);
  });

  it("passes for the code's API against the committed baseline and acknowledgements (as CI runs it)", async () => {
    const { apiSdl } = await composeSupergraph();
    const baseline = await readFile(`${schemaDir}api.baseline.graphql`, 'utf8');
    const { acknowledged } = JSON.parse(await readFile(`${schemaDir}acknowledged-changes.json`, 'utf8')) as { acknowledged: AcknowledgedChange[] };
    const check = await checkSchema(baseline, apiSdl, acknowledged);
    expect(check.unacknowledged, describeSchemaCheck(check)).toEqual([]);
  });
});
