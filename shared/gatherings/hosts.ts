/**
 * A gathering's hosts and audience, loaded: the cohorts (or the network) a request names, and the
 * municipalities a gathering is for. The handlers and the letters' fan-out read them here.
 */
import { participantsRepository } from '../applications/index.ts';
import { cohortsRepository } from '../cohorts/index.ts';
import { networksRepository } from '../networks/index.ts';
import { refuse } from '../platform/refusal.ts';
import type { LoadedHosts } from './commands.ts';
import type { GatheringHosts } from './model.ts';

/** The hosts a gathering names; a cohort or network that does not exist is a 422 naming it. */
export async function loadHosts(hosts: GatheringHosts): Promise<LoadedHosts> {
  if ('networkId' in hosts) {
    const network = await networksRepository().find(hosts.networkId);
    if (!network) throw refuse.invalid('No such network', [{ pointer: '/hosts/networkId', detail: `No network ${hosts.networkId}` }]);
    const cohort = await cohortsRepository().require(network.cohortId);
    return { network: { id: network.id, name: network.name, cohort: cohort.value } };
  }
  const read = await Promise.all(hosts.cohortIds.map((id) => cohortsRepository().get(id)));
  const missing = hosts.cohortIds.flatMap((id, i) => (read[i] ? [] : [{ pointer: `/hosts/cohortIds/${i}`, detail: `No cohort ${id}` }]));
  if (missing.length > 0) throw refuse.invalid('No such cohort', missing);
  const duplicates = hosts.cohortIds.flatMap((id, i) => (hosts.cohortIds.indexOf(id) < i ? [{ pointer: `/hosts/cohortIds/${i}`, detail: 'Named twice' }] : []));
  if (duplicates.length > 0) throw refuse.invalid('A cohort is named twice', duplicates);
  return { cohorts: read.map((c) => c!.value) };
}

/** A hosting municipality: a participant of a hosting cohort, or a member of the hosting network. */
export interface AudienceMunicipality {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly cohortId: string;
  /** The project leader its application named (the letters' fallback when it has no people with the role). */
  readonly projectLeader?: { readonly name: string; readonly email: string };
}

/** The municipalities a gathering is for (each once, however many of its cohorts it hosts). */
export async function audienceMunicipalities(hosts: GatheringHosts): Promise<AudienceMunicipality[]> {
  if ('networkId' in hosts) {
    const network = await networksRepository().find(hosts.networkId);
    if (!network) return [];
    const participants = await participantsRepository().ofCohort(network.cohortId);
    const members = new Set(network.members.map((m) => m.municipalityNumber));
    return participants.filter((p) => members.has(p.municipalityNumber)).map(audienceOf);
  }
  const byNumber = new Map<string, AudienceMunicipality>();
  for (const participants of await Promise.all(hosts.cohortIds.map((id) => participantsRepository().ofCohort(id)))) {
    for (const p of participants) if (!byNumber.has(p.municipalityNumber)) byNumber.set(p.municipalityNumber, audienceOf(p));
  }
  return [...byNumber.values()];
}

const audienceOf = (p: { municipalityNumber: string; municipalityName: string; cohortId: string; projectLeader: { name: string; email: string } }): AudienceMunicipality => ({
  municipalityNumber: p.municipalityNumber,
  municipalityName: p.municipalityName,
  cohortId: p.cohortId,
  projectLeader: { name: p.projectLeader.name, email: p.projectLeader.email },
});
