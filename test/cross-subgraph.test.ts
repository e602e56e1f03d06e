import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await bootPlatform();
});
afterAll(() => platform?.stop());

const projectQuery = /* GraphQL */ `
  query ProjectWithOutcomes($slug: String!) {
    project(slug: $slug) {
      name
      leadOrganisation { slug }
      partners { role organisation { slug name } }
      enrolments {
        client { code organisation { id } }
        startedOn
        exitOutcome { destination furtherDestinations exitDate qualityPath enrolment { id } }
      }
    }
  }
`;

describe('one query across partners, journeys and outcomes', () => {
  it("returns a project's partners, the caller's enrolments and their exit outcomes", async () => {
    const token = await platform.tokenFor('sotek', ['COACH']);
    const sotekId = await platform.organisationId('sotek');
    const { status, data, errors } = await platform.graphql(projectQuery, { token, variables: { slug: 'yhteinen-askel' } });

    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data.project.name).toBe('Yhteinen Askel');
    expect(data.project.leadOrganisation.slug).toBe('sotek');
    expect(data.project.partners).toEqual([
      { role: 'LEAD', organisation: { slug: 'sotek', name: 'Sotek-säätiö' } },
      { role: 'IMPLEMENTER', organisation: { slug: 'kalliola', name: 'Kalliolan Setlementti ry' } },
      { role: 'IMPLEMENTER', organisation: { slug: 'kuntoutussaatio', name: 'Kuntoutussäätiö' } },
    ]);
    const enrolments = data.project.enrolments;
    expect(enrolments.map((e: any) => e.client.code)).toEqual(['SOT-0001', 'SOT-0002', 'SOT-0003', 'SOT-0004', 'SOT-0005']);
    expect(enrolments.every((e: any) => e.client.organisation.id === sotekId)).toBe(true);
    expect(enrolments.map((e: any) => e.exitOutcome?.destination ?? null)).toEqual([
      'EMPLOYED_OPEN_MARKET',
      'VOCATIONAL_EDUCATION',
      'REHABILITATIVE_WORK_ACTIVITY',
      null,
      null,
    ]);
    expect(enrolments[0].exitOutcome).toMatchObject({ exitDate: '2026-05-28', qualityPath: true });
    expect(enrolments[2].exitOutcome.qualityPath).toBe(false);
  });

  it("reproduces Tekijän polku's reported exits for its lead organisation", async () => {
    const token = await platform.tokenFor('kalliola', ['COACH']);
    const { data, errors } = await platform.graphql(projectQuery, { token, variables: { slug: 'tekijan-polku' } });
    expect(errors).toBeUndefined();
    // Eleven people; one of them has a work trial as a further destination (seed 003: shares over people).
    const exits = data.project.enrolments.map((e: any) => e.exitOutcome);
    const destinations = exits.flatMap((e: any) => [e.destination, ...e.furtherDestinations]);
    const count = (d: string) => destinations.filter((x: string) => x === d).length;
    expect(exits).toHaveLength(11);
    expect([count('EMPLOYED_OPEN_MARKET'), count('FURTHER_PATH_IN_ORGANISATION'), count('SEARCH_IN_ANOTHER_TOWN'), count('WORK_TRIAL')]).toEqual([3, 5, 1, 1]);
  });

  it("lists a project's service offerings with labels in the caller's language", async () => {
    const token = await platform.tokenFor('kalliola', ['COACH']);
    const query = '{ project(slug: "yhteinen-askel") { serviceOfferings { name type typeLabel organisation { slug } } } }';
    const swedish = await platform.graphql(query, { token, headers: { 'accept-language': 'sv-FI,sv;q=0.9' } });
    expect(swedish.errors).toBeUndefined();
    const offerings = swedish.data.project.serviceOfferings;
    expect(offerings).toHaveLength(6);
    expect(offerings.find((o: any) => o.type === 'WORK_TRIAL')).toEqual({
      name: 'Työkokeilu Sotek Myötätuulessa',
      type: 'WORK_TRIAL',
      typeLabel: 'Arbetsprövning',
      organisation: { slug: 'sotek' },
    });
    const finnish = await platform.graphql('{ project(slug: "yhteinen-askel") { serviceOfferings { type typeLabel english: typeLabel(locale: EN) } } }', { token });
    expect(finnish.data.project.serviceOfferings.find((o: any) => o.type === 'WORK_TRIAL')).toEqual({ type: 'WORK_TRIAL', typeLabel: 'Työkokeilu', english: 'Work trial' });
  });

  it('answers null for a project slug that does not exist', async () => {
    const token = await platform.tokenFor('sotek', ['COACH']);
    const { data, errors } = await platform.graphql(projectQuery, { token, variables: { slug: 'no-such-project' } });
    expect(errors).toBeUndefined();
    expect(data.project).toBeNull();
  });
});
