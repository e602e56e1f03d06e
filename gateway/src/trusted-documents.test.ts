import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TrustedDocuments, trustedDocumentsOnlyFromEnv } from './trusted-documents.js';

const text = 'query Projects { projects { id } }';
const hex = createHash('sha256').update(text).digest('hex');
const documents = TrustedDocuments.fromManifest({ [`sha256:${hex}`]: text });
const post = (body: unknown) => ({ method: 'POST', search: '', body });
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return 'ran';
};

describe('trusted documents', () => {
  for (const only of [true, false]) {
    describe(only ? 'required' : 'optional', () => {
      const prepare = documents.preparer(only);
      it('replaces a known documentId, in either spelling, by the stored text', () => {
        expect(prepare(post({ documentId: `sha256:${hex}`, variables: { a: 1 } })).body).toEqual({ query: text, variables: { a: 1 } });
        expect(prepare(post({ documentId: hex.toUpperCase() })).body).toEqual({ query: text });
      });

      it("replaces Apollo's persistedQuery hash, keeping other extensions", () => {
        const body = { extensions: { persistedQuery: { version: 1, sha256Hash: hex }, traceId: 'x' }, query: 'query Other { organisations { id } }' };
        expect(prepare(post(body)).body).toEqual({ query: text, extensions: { traceId: 'x' } });
      });

      it('resolves GET parameters', () => {
        const search = `?documentId=${hex}&variables=${encodeURIComponent('{"slug":"x"}')}`;
        const params = new URLSearchParams(prepare({ method: 'GET', search, body: undefined }).search);
        expect(params.get('query')).toBe(text);
        expect(params.get('documentId')).toBeNull();
        expect(params.get('variables')).toBe('{"slug":"x"}');
      });

      it('refuses an unknown hash sent alone', () => {
        expect(codeOf(() => prepare(post({ documentId: 'sha256:abc' })))).toBe('PERSISTED_QUERY_NOT_FOUND');
      });
    });
  }

  it('refuses raw text and unknown hashes when required', () => {
    const prepare = documents.preparer(true);
    expect(codeOf(() => prepare(post({ query: text })))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(codeOf(() => prepare(post({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(codeOf(() => prepare({ method: 'GET', search: `?query=${encodeURIComponent(text)}`, body: undefined }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(codeOf(() => prepare(post([{ query: text }])))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets raw text through in development, dropping an unknown hash instead of registering it', () => {
    const prepare = documents.preparer(false);
    expect(prepare(post({ query: 'query Other { organisations { id } }' })).body).toEqual({ query: 'query Other { organisations { id } }' });
    const registering = { query: 'query Other { organisations { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } };
    expect(prepare(post(registering)).body).toEqual({ query: 'query Other { organisations { id } }' });
  });

  it('is on by default in production only, and TRUSTED_DOCUMENTS decides when set', () => {
    expect(trustedDocumentsOnlyFromEnv({ NODE_ENV: 'production' })).toBe(true);
    expect(trustedDocumentsOnlyFromEnv({})).toBe(false);
    expect(trustedDocumentsOnlyFromEnv({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'false' })).toBe(false);
    expect(trustedDocumentsOnlyFromEnv({ TRUSTED_DOCUMENTS: 'on' })).toBe(true);
    expect(() => trustedDocumentsOnlyFromEnv({ TRUSTED_DOCUMENTS: 'maybe' })).toThrow(/TRUSTED_DOCUMENTS/);
  });
});
