/**
 * Reassessing a participant's target status: the loading and storing around the pure decision
 * (commands.ts reassess and statusChanged). Reads only what the decision needs: the latest
 * admission (one index item, the participant itself), the figures and the stored status; the
 * municipality (its written standard) and the network (its advisor) only when there is a change
 * to announce.
 */
import { AbsenceRepository } from '../absence/index.ts';
import { ParticipantsRepository } from '../applications/index.ts';
import { MunicipalitiesRepository } from '../municipalities/index.ts';
import { NetworksRepository } from '../networks/index.ts';
import { TargetStatusRepository } from './repository.ts';
import { reassess, statusChanged, type Reassessment } from './commands.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';

/** Reassesses one municipality on `table` (a handler's: programmeTable(); a test's: its own) and stores a change with its event. */
export async function reassessTargetStatus(municipalityNumber: string, context: { readonly correlationId: string; readonly now?: Date; readonly table?: Table }): Promise<Reassessment> {
  const table = context.table ?? programmeTable();
  const statuses = new TargetStatusRepository(table);
  const participant = await new ParticipantsRepository(table).latestOf(municipalityNumber);
  if (!participant) return 'not-a-participant';
  const [figures, stored] = await Promise.all([new AbsenceRepository(table).figuresOf(municipalityNumber), statuses.get(municipalityNumber)]);

  const decision = reassess(municipalityNumber, participant, figures, stored?.value, context.now ?? new Date());
  if (decision.outcome === 'unchanged') return 'unchanged';
  const events = [];
  if (decision.outcome === 'status-changed') {
    const [municipality, network] = await Promise.all([
      new MunicipalitiesRepository(table).get(municipalityNumber),
      participant.networkId ? new NetworksRepository(table).get(participant.cohortId, participant.networkId) : undefined,
    ]);
    if (!municipality) throw new Error(`Municipality ${municipalityNumber} of participant in cohort ${participant.cohortId} is missing`);
    events.push(statusChanged(decision, participant, { writtenStandard: municipality.writtenStandard, advisor: network?.advisor ?? null, correlationId: context.correlationId }));
  }
  await statuses.save({ value: decision.state, version: stored?.version ?? 0 }, events);
  return decision.outcome;
}
