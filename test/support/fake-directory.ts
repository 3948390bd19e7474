/**
 * For unit tests of the HTTP stack that run without a table: the access directory answered from
 * the test claims alone (test/support/http-events.ts `claims`), as a table holding those people
 * would answer. The real directory is tested against DynamoDB Local (integration, e2e).
 *   vi.mock('../../../shared/platform/auth/directory.ts', async (original) => fakeDirectoryModule(await original()));
 */
import { AccessRefused, type AccessDirectory } from '../../shared/platform/auth/directory.ts';
import { identityFromClaims, type Claims, type Principal } from '../../shared/platform/auth/principal.ts';

export function principalOfTestClaims(claims: Claims): Principal {
  const identity = identityFromClaims(claims);
  if (identity.kind === 'machine-token') throw new AccessRefused(403, 'No machine clients in this test');
  if (identity.bootstrapSecretariat) return { kind: 'staff', role: 'secretariat', subject: identity.subject, personId: undefined };
  if (claims.role === 'advisor') return { kind: 'staff', role: 'advisor', subject: identity.subject, personId: identity.subject, advises: new Set(['1721']) };
  if (claims.role === 'municipality' && typeof claims.municipality === 'string') {
    return { kind: 'person', subject: identity.subject, personId: identity.subject, municipalityNumber: claims.municipality, roles: ['project-leader', 'figures-uploader'] };
  }
  throw new AccessRefused(403, 'The token names no person of the programme (no programme role)');
}

export function fakeDirectoryModule<M extends { accessDirectory: () => AccessDirectory }>(original: M): M {
  const fake = { principalOf: async (claims: Claims) => principalOfTestClaims(claims) } as unknown as AccessDirectory;
  return { ...original, accessDirectory: () => fake };
}
