import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { liveFieldsOf, splitSubscription } from './live-operations.js';

const supergraph = await readFile(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)), 'utf8');
const api = buildSchema(await readFile(fileURLToPath(new URL('../../schema/api.graphql', import.meta.url)), 'utf8'));

describe('live fields of the supergraph', () => {
  it('names the owning subgraph and the lookup of each subscription field', () => {
    expect(Object.fromEntries(liveFieldsOf(supergraph, api))).toEqual({
      referralReceived: { subgraph: 'journeys', lookup: 'referralActivity' },
      referralChanged: { subgraph: 'journeys', lookup: 'referralActivity' },
    });
  });
});

describe('splitting a subscription', () => {
  it('streams ids with the root arguments only, and queries the same selection per event with only the variables it uses', () => {
    const document = parse(`subscription Inbox($after: ID, $locale: Locale) {
      inbox: referralReceived(after: $after) { id ...Fields }
    }
    fragment Fields on ReferralActivity { referral { statusLabel(locale: $locale) } }`);
    const split = splitSubscription(document, getOperationAST(document)!, { subgraph: 'journeys', lookup: 'referralActivity' });
    if (typeof split === 'string') throw new Error(split);
    expect(split.responseKey).toBe('inbox');
    expect(split.upstream.replace(/\s+/g, ' ')).toBe('subscription Inbox($after: ID) { inbox: referralReceived(after: $after) { id } }');
    expect(split.perEvent.replace(/\s+/g, ' ')).toBe(
      'query Inbox($locale: Locale, $liveEventId: ID!) { inbox: referralActivity(id: $liveEventId) { id ...Fields } } fragment Fields on ReferralActivity { referral { statusLabel(locale: $locale) } }',
    );
  });

  it('refuses a root field selected through a fragment', () => {
    const document = parse('subscription { ...Root } fragment Root on Subscription { referralReceived { id } }');
    expect(splitSubscription(document, getOperationAST(document)!, { subgraph: 'journeys', lookup: 'referralActivity' })).toMatch(/directly/);
  });
});
