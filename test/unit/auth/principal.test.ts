import { describe, expect, it } from 'vitest';
import { mayActFor, principalFromClaims, UnrecognisedPrincipalError } from '../../../shared/platform/auth/principal.ts';

describe('principalFromClaims', () => {
  it.each([
    [{ sub: 's1', role: 'secretariat' }, { role: 'secretariat', subject: 's1' }],
    [{ sub: 'a1', role: 'advisor' }, { role: 'advisor', subject: 'a1' }],
    [{ sub: 'k1', role: 'municipality', municipality: '1721' }, { role: 'municipality', subject: 'k1', municipalityNumber: '1721' }],
    // Cognito ID token: groups as a list, or flattened by API Gateway to "[a b]".
    [{ sub: 'c1', 'cognito:groups': ['secretariat'] }, { role: 'secretariat', subject: 'c1' }],
    [{ sub: 'c2', 'cognito:groups': '[municipality]', 'custom:municipality': '0301' }, { role: 'municipality', subject: 'c2', municipalityNumber: '0301' }],
    [{ sub: 'c3', 'cognito:groups': '[advisor other-group]' }, { role: 'advisor', subject: 'c3' }],
    [{ sub: 'c4', 'cognito:groups': ['other-group', 'advisor'] }, { role: 'advisor', subject: 'c4' }],
    [{ sub: 'c5', 'cognito:groups': '[municipality]', 'custom:municipality': '1721', 'custom:role': 'secretariat' }, { role: 'municipality', subject: 'c5', municipalityNumber: '1721' }],
  ])('maps %j', (claims, expected) => {
    expect(principalFromClaims(claims)).toEqual(expected);
  });

  it.each([
    [{ role: 'secretariat' }, /subject/],
    [{ sub: 'x' }, /no programme role/],
    [{ sub: 'x', role: 'admin' }, /no programme role/],
    [{ sub: 'x', role: 'secretariat', 'cognito:groups': '[advisor]' }, /several roles/],
    [{ sub: 'x', role: 'municipality' }, /4-digit municipality number/],
    [{ sub: 'x', role: 'municipality', municipality: '172' }, /4-digit/],
    [{ sub: 'x', role: 'municipality', municipality: '17211' }, /4-digit/],
    // Only the shapes Cognito and API Gateway produce are group lists; nothing else grants a role.
    [{ sub: 'x', 'custom:role': 'secretariat' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': 'secretariat' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': 'x secretariat' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': 'x,secretariat' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': '[x,secretariat]' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': '[x  secretariat]' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': '[secretariat' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': '["secretariat"]' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': '[]' }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': ['x secretariat'] }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': ['x,secretariat'] }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': ['Secretariat'] }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': [] }, /no programme role/],
    [{ sub: 'x', 'cognito:groups': '[advisor secretariat]' }, /several roles/],
    [{ sub: 'x', 'cognito:groups': ['advisor', 'secretariat'] }, /several roles/],
  ])('refuses %j', (claims, message) => {
    expect(() => principalFromClaims(claims)).toThrow(UnrecognisedPrincipalError);
    expect(() => principalFromClaims(claims)).toThrow(message);
  });
});

describe('mayActFor', () => {
  it('lets a municipality act only for itself', () => {
    const verdal = { role: 'municipality', subject: 'k', municipalityNumber: '1721' } as const;
    expect(mayActFor(verdal, '1721')).toBe(true);
    expect(mayActFor(verdal, '1719')).toBe(false);
  });

  it('lets the secretariat and advisors act for any municipality', () => {
    expect(mayActFor({ role: 'secretariat', subject: 's' }, '1719')).toBe(true);
    expect(mayActFor({ role: 'advisor', subject: 'a' }, '1719')).toBe(true);
  });
});
