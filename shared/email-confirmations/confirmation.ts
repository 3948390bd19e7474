/**
 * @deprecated until the merge: the handlers of applications and municipalities call
 * `enteredAddress(tableName, …)` from here. The new shape: the pure command `enteredAddress`
 * (commands.ts) and `EmailConfirmationsRepository.enteredAddressStep` (both in index.ts); the
 * lead repoints the callers and deletes this file.
 */
import type { EventData, EventEnvelope } from '../event-catalogue.ts';
import { Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { enteredAddress as enteredAddressCommand } from './commands.ts';
import { EmailConfirmationsRepository } from './repository.ts';

/** @deprecated until the merge: use `enteredAddress` (commands) and `emailConfirmationsRepository().enteredAddressStep`. */
export function enteredAddress(
  tableName: string,
  entered: { address: string; by: string; municipalityNumber: string; typedIn: EventData<'EmailAddressTyped'>['typedIn'] },
  context: { correlationId: string; now: Date },
): { steps: TransactionStep[]; events: EventEnvelope[] } {
  const { state, events } = enteredAddressCommand(entered, context);
  return { steps: [new EmailConfirmationsRepository(new Table(tableName)).enteredAddressStep(state, context.now)], events };
}
