/**
 * Network state changes, pure: the new network and the event announcing its composition (the
 * members' project leaders and the advisor are told who is in it), or a refusal.
 */
import { type CommandContext, type Outcome as PlatformOutcome } from '../platform/commands.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { networkMembers, type Advisor, type CohortParticipant, type Network } from './model.ts';
import { refuse } from '../platform/refusal.ts';

/** What a command returns: the new state and the events to write with it. */
export type Outcome<S> = PlatformOutcome<S, EventEnvelope>;

export type { CommandContext } from '../platform/commands.ts';

/** The cohort a network belongs to, as its events name it. */
export interface NetworkCohort {
  readonly id: string;
  readonly name: string;
}

/** A network with its advisor and first members, who must be participants not yet placed (NetworkFormed). */
export function newNetwork(
  cohort: NetworkCohort,
  request: { readonly name: string; readonly advisor: Advisor; readonly members: readonly string[] },
  participants: readonly CohortParticipant[],
  context: CommandContext & { readonly id: string },
): Outcome<Network> {
  const network: Network = {
    id: context.id,
    cohortId: cohort.id,
    name: request.name,
    advisor: request.advisor,
    members: networkMembers(request.members, participants),
    formedAt: context.now.toISOString(),
  };
  const event = newEvent(
    'NetworkFormed',
    { cohortId: cohort.id, cohortName: cohort.name, networkId: network.id, networkName: network.name, advisor: contactOf(network.advisor), members: network.members },
    context,
  );
  return { state: network, events: [event] };
}

/**
 * The network with one member more: `participant` is the cohort's participant of that number
 * (undefined when the municipality is none), refused when it is already placed (MunicipalityAssignedToNetwork).
 */
export function placeInNetwork(
  cohort: NetworkCohort,
  network: Network,
  municipalityNumber: string,
  participant: CohortParticipant | undefined,
  context: CommandContext,
): Outcome<Network> {
  const [member] = networkMembers([municipalityNumber], participant ? [participant] : []);
  if (!member) throw refuse.invalid(`Municipality ${municipalityNumber} is not a participant of this cohort`);
  const updated = { ...network, members: [...network.members, member] };
  const event = newEvent(
    'MunicipalityAssignedToNetwork',
    {
      cohortId: cohort.id,
      cohortName: cohort.name,
      networkId: updated.id,
      networkName: updated.name,
      advisor: contactOf(updated.advisor),
      members: updated.members,
      municipalityNumber: member.municipalityNumber,
      municipalityName: member.municipalityName,
    },
    context,
  );
  return { state: updated, events: [event] };
}

/** The advisor as the events name it (who to write to): the contact, not the person's id. */
function contactOf(advisor: Advisor) {
  return { name: advisor.name, email: advisor.email, ...(advisor.phone ? { phone: advisor.phone } : {}) };
}
