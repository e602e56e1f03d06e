import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
let token: string;
beforeAll(async () => {
  platform = await bootPlatform({ production: true });
  token = await platform.tokenFor('sotek', ['COACH']);
});
afterAll(() => platform?.stop());

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;

describe('operation limits at the gateway (production mode)', () => {
  it('runs an ordinary cross-subgraph query', async () => {
    const response = await platform.graphql('{ project(slug: "yhteinen-askel") { name enrolments { client { code } exitOutcome { destination } } } }', { token });
    expect(response.errors).toBeUndefined();
    expect(response.data.project.enrolments).toHaveLength(5);
  });

  it('refuses a query nested deeper than the limit', async () => {
    // projects > serviceOfferings > project > serviceOfferings > ... : 15 levels deep
    let deep = 'id';
    for (let level = 0; level < 7; level++) deep = `serviceOfferings { project { ${deep} } }`;
    deep = `{ projects { ${deep} } }`;
    const response = await platform.graphql(deep, { token });
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: projects { id }`).join(' ');
    const response = await platform.graphql(`{ ${aliases} }`, { token });
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation with too many tokens before parsing it whole', async () => {
    const fields = Array.from({ length: 3000 }, () => 'id').join(' ');
    const response = await platform.graphql(`{ projects { ${fields} } }`, { token });
    expect(response.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ projects { id } }' }, { query: '{ projects { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('gives no field suggestions and no introspection in production', async () => {
    const typo = await platform.graphql('{ projcts { id } }', { token });
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const introspection = await platform.graphql('{ __schema { types { name } } }', { token });
    expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('operation limits in every subgraph (production mode)', () => {
  const subgraphs = ['partners', 'journeys', 'outcomes'];

  it('refuses too many aliases sent straight to a subgraph', async () => {
    // 2000 aliases slowed another organisation's query at outcomes from 35 ms to 5 s before the limits reached the subgraphs.
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ');
    for (const name of subgraphs) {
      const response = await platform.graphql(`{ ${aliases} }`, { token, url: platform.subgraphUrls[name] });
      expect(codeOf(response), name).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
      expect(response.data, name).toBeUndefined();
    }
  });

  it('refuses a query nested deeper than the limit sent straight to a subgraph', async () => {
    let deep = 'id';
    for (let level = 0; level < 20; level++) deep = `serviceOfferings { project { ${deep} } }`;
    const response = await platform.graphql(`{ projects { nodes { ${deep} } } }`, { token, url: platform.subgraphUrls.partners });
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses introspection in production', async () => {
    for (const name of subgraphs) {
      const response = await platform.graphql('{ __schema { types { name } } }', { token, url: platform.subgraphUrls[name] });
      expect(codeOf(response), name).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('GraphQL over HTTP at the gateway', () => {
  it('answers a syntax error with 400 and a JSON GraphQL response, not 500', async () => {
    for (const query of ['{ projects { id ', 'query {', '}}}', '{ projects(first: ) { nodes { id } } }']) {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type'), query).toMatch(/^application\/(graphql-response\+)?json/);
      const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_PARSE_FAILED');
    }
  });
});
