/** The registration a caller asks for, if it may manage it: anyone else gets the same 404 as for a registration that does not exist. */
import type { Principal } from '../platform/auth/principal.ts';
import { municipalityOf } from '../platform/auth/principal.ts';
import type { Versioned } from '../platform/dynamodb/query.ts';
import { refuse } from '../platform/refusal.ts';
import { mayManage, type StoredWebhookRegistration } from './model.ts';
import { webhooksRepository } from './repository.ts';

export async function requireManaged(id: string, principal: Principal | undefined): Promise<Versioned<StoredWebhookRegistration>> {
  const registration = await webhooksRepository().get(id);
  const secretariat = principal?.kind === 'staff' && principal.role === 'secretariat';
  if (!registration || !principal || !mayManage(registration.value, { secretariat, municipalityNumber: municipalityOf(principal) })) throw refuse.notFound(`No webhook ${id}`);
  return registration;
}
