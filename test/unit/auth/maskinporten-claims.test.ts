/**
 * Maskinporten tokens as the functions see them: the claims of a verified token, in each form
 * they arrive in (objects, Go's `map[…]` text from API Gateway, JSON text), and what a machine
 * client is recorded as.
 */
import { describe, expect, it } from 'vitest';
import { flattenClaims } from '../../../local/gateway.ts';
import { identityFromClaims, recordedAs, UnrecognisedPrincipalError, type MachinePrincipal } from '../../../shared/platform/auth/principal.ts';

const consumer = { authority: 'iso6523-actorid-upis', ID: '0192:938587418' };
const supplier = { authority: 'iso6523-actorid-upis', ID: '0192:911000008' };
const token = { iss: 'https://test.maskinporten.no/', scope: 'kvalitetskommune:figures.write kvalitetskommune:figures.read', consumer, supplier, client_id: 'abc-123', exp: 1 };

describe('a Maskinporten token’s claims', () => {
  it('pass through API Gateway as Go prints them: objects as map[…] with sorted keys, lists as […]', () => {
    expect(flattenClaims({ consumer, groups: ['a', 'b'], exp: 5 })).toEqual({
      consumer: 'map[ID:0192:938587418 authority:iso6523-actorid-upis]',
      groups: '[a b]',
      exp: '5',
    });
  });

  it.each([
    ['objects', token],
    ['API Gateway’s Go text', flattenClaims(token)],
    ['JSON text', { ...token, consumer: JSON.stringify(consumer), supplier: JSON.stringify(supplier) }],
  ])('name the consumer, its scopes, the supplier and the client from %s', (_, claims) => {
    expect(identityFromClaims(claims)).toEqual({
      kind: 'machine-token',
      subject: 'abc-123',
      organisationNumber: '938587418',
      scopes: ['kvalitetskommune:figures.write', 'kvalitetskommune:figures.read'],
      supplier: '0192:911000008',
    });
  });

  it('refuse a consumer that is not a Norwegian organisation number', () => {
    for (const id of ['0088:938587418', '0192:93858741', '0192:', '']) {
      expect(() => identityFromClaims({ ...token, consumer: { ...consumer, ID: id } }), id).toThrow(UnrecognisedPrincipalError);
    }
    expect(() => identityFromClaims({ ...token, consumer: 'map[ID]' })).toThrow(UnrecognisedPrincipalError);
    expect(() => identityFromClaims({ ...token, consumer: 'map[ID:0192:938587418 authority:x' })).toThrow(UnrecognisedPrincipalError);
  });

  it('without supplier or client_id: none recorded, the consumer is the subject', () => {
    const { supplier: _s, client_id: _c, ...bare } = token;
    expect(identityFromClaims(flattenClaims(bare))).toMatchObject({ subject: '0192:938587418', supplier: undefined });
  });
});

describe('recordedAs', () => {
  const machine: MachinePrincipal = { kind: 'machine', subject: 'abc-123', organisationNumber: '938587418', municipalityNumber: '1721', scopes: ['kvalitetskommune:figures.write'], supplier: undefined };

  it('names a machine client’s client, consumer and supplier', () => {
    expect(recordedAs(machine)).toBe('maskinporten:abc-123 consumer=0192:938587418');
    expect(recordedAs({ ...machine, supplier: '0192:911000008' })).toBe('maskinporten:abc-123 consumer=0192:938587418 supplier=0192:911000008');
  });

  it('is the subject for people', () => {
    expect(recordedAs({ kind: 'person', subject: 'sub-1', personId: 'p', municipalityNumber: '1721', roles: ['figures-uploader'] })).toBe('sub-1');
  });
});
