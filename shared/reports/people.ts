/** Who to tell about a participant's report: its project leader (in its written standard) and its network's advisor. */
import { getMunicipality } from '../municipalities/repository.ts';
import { getNetwork } from '../networks/repository.ts';
import { getParticipant } from '../applications/participants-repository.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';
import { languageFor, type Language } from '../platform/written-standard.ts';
import type { Recipient } from '../platform/mail/email-message.ts';

export interface PeopleOfReport {
  readonly projectLeader: Recipient;
  readonly language: Language;
  readonly advisor: Recipient | undefined;
}

/**
 * Reads the people of a report from the participant, its municipality and its network.
 * TODO(merge): these three are other capabilities' repository functions that still take a table
 * name on this branch; call their repositories (through their index.ts) once merged.
 */
export class ReportPeople {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** `withAdvisor`: read the network too (a third, sequential read) only when the advisor is told. */
  async of(cohortId: string, municipalityNumber: string, { withAdvisor }: { withAdvisor: boolean }): Promise<PeopleOfReport> {
    const tableName = this.table.name;
    const [participant, municipality] = await Promise.all([getParticipant(tableName, cohortId, municipalityNumber), getMunicipality(tableName, municipalityNumber)]);
    if (!participant) throw new Error(`Municipality ${municipalityNumber} is not a participant of cohort ${cohortId}`);
    const network = withAdvisor && participant.networkId ? await getNetwork(tableName, cohortId, participant.networkId) : undefined;
    return {
      projectLeader: { name: participant.projectLeader.name, address: participant.projectLeader.email },
      language: languageFor(municipality?.writtenStandard ?? 'neutral'),
      advisor: network ? { name: network.advisor.name, address: network.advisor.email } : undefined,
    };
  }
}

let bound: ReportPeople | undefined;

/** The people of reports in this deployment's table. */
export const reportPeople = (): ReportPeople => (bound ??= new ReportPeople(programmeTable()));
