import { describe, expect, it } from 'vitest';
import { linkageIdentity, normaliseIdentityCode, normaliseName } from './identity.js';
import { linkageSecret } from './linkage-secret.js';

describe('henkilötunnus', () => {
  it('accepts valid codes of every century sign, normalised to upper case', () => {
    // 131052-308T is the Digital and Population Data Services Agency's own example.
    expect(normaliseIdentityCode(' 131052-308t ')).toMatchObject({ code: '131052-308T' });
    expect(normaliseIdentityCode('131052Y308T')).toMatchObject({ code: '131052Y308T' });
    expect(normaliseIdentityCode('131052U308T')).toMatchObject({ code: '131052U308T' });
    expect(normaliseIdentityCode('010594Y9032')).toMatchObject({ code: '010594Y9032' });
    expect(normaliseIdentityCode('020202A0202')).toMatchObject({ code: '020202A0202' });
    expect(normaliseIdentityCode('020202f0202')).toMatchObject({ code: '020202F0202' });
    expect(normaliseIdentityCode('010185+002E')).toMatchObject({ code: '010185+002E', birthDate: '1885-01-01' });
    expect(normaliseIdentityCode('020202A0202')).toMatchObject({ birthDate: '2002-02-02' });
  });

  it('refuses a wrong check character, an impossible date and a malformed code', () => {
    expect(normaliseIdentityCode('131052-308U')).toEqual({ problem: 'CHECK_CHARACTER' });
    expect(normaliseIdentityCode('310252-308T')).toEqual({ problem: 'DATE' });
    expect(normaliseIdentityCode('290201A0202')).toEqual({ problem: 'DATE' });
    expect(normaliseIdentityCode('131052G308T')).toEqual({ problem: 'FORMAT' });
    expect(normaliseIdentityCode('131052-001T')).toEqual({ problem: 'FORMAT' });
    expect(normaliseIdentityCode('13105-2308T')).toEqual({ problem: 'FORMAT' });
    expect(normaliseIdentityCode('')).toEqual({ problem: 'FORMAT' });
  });
});

describe('linkage identity', () => {
  it('prefers the code; without one, needs both name and birth date', () => {
    expect(linkageIdentity({ personalIdentityCode: '131052-308T', birthDate: '1952-10-13', fullName: 'X' })).toBe('hetu:131052-308T');
    expect(linkageIdentity({ personalIdentityCode: null, birthDate: '1952-10-13', fullName: ' Anna-Liisa  Mäki ' })).toBe('name:anna-liisa mäki|1952-10-13');
    expect(linkageIdentity({ personalIdentityCode: null, birthDate: null, fullName: 'Anna' })).toBeNull();
    expect(linkageIdentity({ personalIdentityCode: null, birthDate: '1952-10-13', fullName: null })).toBeNull();
  });

  it('writes a name the same however it was typed', () => {
    expect(normaliseName('ANNA - LIISA   MÄKI')).toBe(normaliseName('anna-liisa mäki'));
    expect(normaliseName('Ma\u0308ki')).toBe(normaliseName('Mäki'));
  });

  it('gives the same person different keys in different projects and under different secrets', () => {
    const a = linkageSecret('a'.repeat(32), 'k1');
    const b = linkageSecret('b'.repeat(32), 'k2');
    const project1 = '00000000-0000-4000-8000-000000000001';
    const project2 = '00000000-0000-4000-8000-000000000002';
    expect(a.keyOf(project1, 'hetu:131052-308T').equals(a.keyOf(project1, 'hetu:131052-308T'))).toBe(true);
    expect(a.keyOf(project1, 'hetu:131052-308T').equals(a.keyOf(project2, 'hetu:131052-308T'))).toBe(false);
    expect(a.keyOf(project1, 'hetu:131052-308T').equals(b.keyOf(project1, 'hetu:131052-308T'))).toBe(false);
    expect(a.keyOf(project1, 'hetu:131052-308T')).toHaveLength(32);
  });
});
