/**
 * @deprecated until the merge: the old table-name functions over ParticipantsRepository
 * (repository.ts), for the callers in other capabilities and bench that still import this file.
 * Each is one line; the lead removes the file once every caller uses participantsRepository().
 */
import type { Participant } from './model.ts';
import { ParticipantsRepository } from './repository.ts';
import { Table } from '../platform/dynamodb/table.ts';

export type { Participant } from './model.ts';

const boundTo = (tableName: string) => new ParticipantsRepository(new Table(tableName));

/** @deprecated until the merge (bench/dynamodb-cost.ts): use ParticipantsRepository.admit */
export const admitParticipant = (tableName: string, participant: Participant) => boundTo(tableName).admit(participant);
/** @deprecated until the merge (shared/networks/repository.ts): use ParticipantsRepository.joinNetwork */
export const joinNetwork = (tableName: string, cohortId: string, municipalityNumber: string, network: { id: string; name: string }, onRefused: () => Error) =>
  boundTo(tableName).joinNetwork(cohortId, municipalityNumber, network, onRefused);
/** @deprecated until the merge (cohorts, networks, reports handlers): use ParticipantsRepository.ofCohort */
export const listParticipants = (tableName: string, cohortId: string) => boundTo(tableName).ofCohort(cohortId);
/** @deprecated until the merge (cohorts, overview handlers): use ParticipantsRepository.admissions */
export const listAdmissions = (tableName: string) => boundTo(tableName).admissions();
/** @deprecated until the merge (functions/reports/list-reports.ts): use ParticipantsRepository.participationOf */
export const participationOf = (tableName: string, municipalityNumber: string) => boundTo(tableName).participationOf(municipalityNumber);
/** @deprecated until the merge (shared/target-status/reassess.ts): use ParticipantsRepository.latestOf */
export const latestParticipant = (tableName: string, municipalityNumber: string) => boundTo(tableName).latestOf(municipalityNumber);
/** @deprecated until the merge (shared/reports/people.ts, functions/networks/assign-to-network.ts): use ParticipantsRepository.get */
export const getParticipant = (tableName: string, cohortId: string, municipalityNumber: string) => boundTo(tableName).get(cohortId, municipalityNumber);
