import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toPage } from './connection.js';

describe('cursor connections', () => {
  it('round-trips a position through an opaque cursor', () => {
    const cursor = encodeCursor(['Sotek-säätiö', '1b4e28ba-2fa1-41d2-883f-0016d3cca427']);
    expect(cursor).not.toContain('Sotek');
    expect(decodeCursor(cursor, ['text', 'uuid'])).toEqual(['Sotek-säätiö', '1b4e28ba-2fa1-41d2-883f-0016d3cca427']);
  });

  it('refuses a cursor it did not make with BAD_USER_INPUT', () => {
    const id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    const bad = [
      'not-base64-json',
      encodeCursor(['only-one']),
      Buffer.from('{"a":1}').toString('base64url'),
      encodeCursor(['a\u0000', id]),
      encodeCursor(['Sotek', 'not-a-uuid']),
    ];
    for (const cursor of bad) {
      expect(() => decodeCursor(cursor, ['text', 'uuid'])).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('refuses dates and timestamps that do not exist', () => {
    const id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(decodeCursor(encodeCursor(['2026-02-28', id]), ['date', 'uuid'])).toEqual(['2026-02-28', id]);
    for (const date of ['2026-99-99', '2026-02-30', '26-01-01']) expect(() => decodeCursor(encodeCursor([date, id]), ['date', 'uuid'])).toThrow(/not a valid cursor/);
    expect(decodeCursor(encodeCursor(['2026-11-23T10:00:00.000Z', id]), ['timestamp', 'uuid'])).toHaveLength(2);
    expect(() => decodeCursor(encodeCursor(['2026-13-23T10:00:00Z', id]), ['timestamp', 'uuid'])).toThrow(/not a valid cursor/);
    expect(decodeCursor(encodeCursor([42]), ['serial'])).toEqual(['42']);
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/between 1 and 100/);
    expect(() => pageSize(101)).toThrow(/between 1 and 100/);
  });

  it('tells whether another page follows from the one extra row fetched', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toPage(rows, 2, (row) => [row.id, row.id]);
    expect(page.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b', 'b']) });
    expect(toPage(rows, 3, (row) => [row.id, row.id]).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 3, () => []).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
