/**
 * What an Idempotency-Key is scoped to: one method on one concrete path by one tenant and subject.
 * Two requests share a stored answer only when every part is the same.
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../shared/platform/auth/principal.ts';
import { idempotencyScope } from '../../../shared/platform/http/middlewares/idempotency-key.ts';
import { httpEvent } from '../../support/http-events.ts';

const decision = (id: string, method = 'POST') =>
  httpEvent({ method, path: `/applications/${id}/decision`, routePath: '/applications/{id}/decision', pathParameters: { id } });
const secretariat: Principal = { kind: 'staff', role: 'secretariat', subject: 'sekretariat-1', personId: undefined };
const verdal: Principal = { kind: 'person', subject: 'delt-sub', personId: 'p1', municipalityNumber: '1721', roles: ['project-leader'] };
const levanger: Principal = { kind: 'machine', subject: 'delt-sub', organisationNumber: '938587418', municipalityNumber: '1719', scopes: ['kvalitetskommune:figures.write'], supplier: undefined };
const KEY = 'vedtak-0001';

describe('idempotencyScope', () => {
  it('names the method, the concrete path, the tenant, the subject and the key', () => {
    expect(idempotencyScope(decision('app-x'), secretariat, KEY)).toBe('POST /applications/app-x/decision|secretariat|sekretariat-1|vedtak-0001');
    expect(idempotencyScope(decision('app-x'), verdal, KEY)).toBe('POST /applications/app-x/decision|municipality:1721|delt-sub|vedtak-0001');
  });

  it('differs for another resource on the same route', () => {
    expect(idempotencyScope(decision('app-x'), secretariat, KEY)).not.toBe(idempotencyScope(decision('app-y'), secretariat, KEY));
  });

  it('differs for another municipality behind the same subject', () => {
    expect(idempotencyScope(decision('app-x'), verdal, KEY)).not.toBe(idempotencyScope(decision('app-x'), levanger, KEY));
  });

  it('differs for another method on the same path, and for another role or subject', () => {
    const scope = idempotencyScope(decision('app-x'), secretariat, KEY);
    expect(idempotencyScope(decision('app-x', 'PUT'), secretariat, KEY)).not.toBe(scope);
    expect(idempotencyScope(decision('app-x'), { kind: 'staff', role: 'advisor', subject: 'sekretariat-1', personId: 'a1' }, KEY)).not.toBe(scope);
    expect(idempotencyScope(decision('app-x'), { kind: 'staff', role: 'secretariat', subject: 'sekretariat-2', personId: undefined }, KEY)).not.toBe(scope);
  });

  it('is one scope however the path parameter was percent-encoded, and a | in it cannot forge another', () => {
    const encoded = httpEvent({ method: 'POST', path: '/applications/app%2Dx/decision', routePath: '/applications/{id}/decision', pathParameters: { id: 'app-x' } });
    expect(idempotencyScope(encoded, secretariat, KEY)).toBe(idempotencyScope(decision('app-x'), secretariat, KEY));
    expect(idempotencyScope(decision('a|secretariat'), secretariat, KEY)).toContain('/applications/a%7Csecretariat/decision|');
  });
});
