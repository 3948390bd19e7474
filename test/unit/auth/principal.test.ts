import { describe, expect, it } from 'vitest';
import { actorsOf, identityFromClaims, mayActFor, municipalAccess, MUNICIPAL_ROLES, visibleMunicipalities, UnrecognisedPrincipalError, type Principal } from '../../../shared/platform/auth/principal.ts';

describe('identityFromClaims', () => {
  it.each([
    [{ sub: 's1', role: 'secretariat' }, { kind: 'person-token', subject: 's1', bootstrapSecretariat: true }],
    [{ sub: 'a1', role: 'advisor' }, { kind: 'person-token', subject: 'a1', bootstrapSecretariat: false }],
    [{ sub: 'k1', role: 'municipality', municipality: '1721' }, { kind: 'person-token', subject: 'k1', bootstrapSecretariat: false }],
    // Cognito ID token: groups as a list, or flattened by API Gateway to "[a b]".
    [{ sub: 'c1', 'cognito:groups': ['secretariat'] }, { kind: 'person-token', subject: 'c1', bootstrapSecretariat: true }],
    [{ sub: 'c2', 'cognito:groups': '[municipality]', 'custom:municipality': '0301' }, { kind: 'person-token', subject: 'c2', bootstrapSecretariat: false }],
    [{ sub: 'c3', 'cognito:groups': '[advisor secretariat]' }, { kind: 'person-token', subject: 'c3', bootstrapSecretariat: true }],
    // Only the shapes Cognito and API Gateway produce are group lists; nothing else makes a bootstrap secretariat.
    ...['secretariat', 'x secretariat', 'x,secretariat', '[x,secretariat]', '[x  secretariat]', '[secretariat', '["secretariat"]', '[]'].map(
      (groups) => [{ sub: 'x', 'cognito:groups': groups }, { kind: 'person-token', subject: 'x', bootstrapSecretariat: false }] as const,
    ),
    ...[['x secretariat'], ['x,secretariat'], ['Secretariat'], []].map((groups) => [{ sub: 'x', 'cognito:groups': groups }, { kind: 'person-token', subject: 'x', bootstrapSecretariat: false }] as const),
    [{ sub: 'x', 'custom:role': 'secretariat' }, { kind: 'person-token', subject: 'x', bootstrapSecretariat: false }],
    // Maskinporten: consumer as an object (the token) or as its JSON text (API Gateway's JWT authorizer).
    [
      { scope: 'kvalitetskommune:figures.write other:scope', consumer: { authority: 'iso6523-actorid-upis', ID: '0192:938587051' }, client_id: 'hr-system' },
      { kind: 'machine-token', subject: 'hr-system', organisationNumber: '938587051', scopes: ['kvalitetskommune:figures.write', 'other:scope'], supplier: undefined },
    ],
    [
      { scope: 'kvalitetskommune:figures.read', consumer: '{"authority":"iso6523-actorid-upis","ID":"0192:938587051"}', supplier: '{"authority":"iso6523-actorid-upis","ID":"0192:999888777"}' },
      { kind: 'machine-token', subject: '0192:938587051', organisationNumber: '938587051', scopes: ['kvalitetskommune:figures.read'], supplier: '0192:999888777' },
    ],
  ] as [Record<string, unknown>, unknown][])('reads %j', (claims, expected) => {
    expect(identityFromClaims(claims)).toEqual(expected);
  });

  it.each([
    [{ role: 'secretariat' }, /subject/],
    [{ sub: '' }, /subject/],
    [{ consumer: { ID: '0192:12345678' } }, /consumer.ID/],
    [{ consumer: { ID: '9908:938587051' } }, /consumer.ID/],
    [{ consumer: 'not json' }, /consumer.ID/],
    [{ consumer: { authority: 'iso6523-actorid-upis' } }, /consumer.ID \(missing\)/],
  ])('refuses %j', (claims, message) => {
    expect(() => identityFromClaims(claims)).toThrow(UnrecognisedPrincipalError);
    expect(() => identityFromClaims(claims)).toThrow(message);
  });
});

describe('the access lists', () => {
  it('keep a figures uploader to the figures', () => {
    const lists = Object.entries(municipalAccess).filter(([, roles]) => (roles as readonly string[]).includes('figures-uploader')).map(([name]) => name);
    expect(lists.sort()).toEqual(['readFigures', 'uploadFigures']);
  });

  it('let only the project leader act for the project', () => {
    expect(municipalAccess.projectLeader).toEqual(['project-leader']);
    expect(MUNICIPAL_ROLES.filter((r) => !(municipalAccess.readFigures as readonly string[]).includes(r))).toEqual([]);
  });
});

describe('mayActFor', () => {
  const verdalPerson: Principal = { kind: 'person', subject: 'k', personId: 'p', municipalityNumber: '1721', roles: ['figures-uploader'] };
  const verdalSystem: Principal = { kind: 'machine', subject: 'm', organisationNumber: '938587051', municipalityNumber: '1721', scopes: ['kvalitetskommune:figures.read'], supplier: '0192:999888777' };
  const advisor: Principal = { kind: 'staff', role: 'advisor', subject: 'a', personId: 'a', advises: new Set(['1721', '1719']) };

  it('lets a municipality’s people and systems act only for it, whatever their supplier', () => {
    for (const own of [verdalPerson, verdalSystem]) {
      expect(mayActFor(own, '1721')).toBe(true);
      expect(mayActFor(own, '1719')).toBe(false);
    }
  });

  it('lets the secretariat act for all, an advisor for the members of its networks, an evaluator for none', () => {
    expect(mayActFor({ kind: 'staff', role: 'secretariat', subject: 's', personId: undefined }, '0301')).toBe(true);
    expect(mayActFor(advisor, '1719')).toBe(true);
    expect(mayActFor(advisor, '0301')).toBe(false);
    expect(mayActFor({ kind: 'staff', role: 'advisor', subject: 'a2', personId: 'a2' }, '1721')).toBe(false);
    expect(mayActFor({ kind: 'staff', role: 'evaluator', subject: 'e', personId: 'e' }, '1721')).toBe(false);
    expect(visibleMunicipalities(advisor)).toEqual(new Set(['1721', '1719']));
    expect(visibleMunicipalities({ kind: 'staff', role: 'secretariat', subject: 's', personId: undefined })).toBe('all');
  });

  it('brings roles to a route for people and scopes for machines', () => {
    expect(actorsOf(verdalPerson)).toEqual(['figures-uploader']);
    expect(actorsOf(verdalSystem)).toEqual(['kvalitetskommune:figures.read']);
    expect(actorsOf(advisor)).toEqual(['advisor']);
  });
});
