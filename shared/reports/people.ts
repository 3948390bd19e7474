/** Who to tell about a participant's report: its project leader (in its written standard) and its network's advisor. */
import { MunicipalitiesRepository } from '../municipalities/index.ts';
import { NetworksRepository } from '../networks/index.ts';
import { ParticipantsRepository } from '../applications/index.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';
import { languageFor, type Language } from '../platform/written-standard.ts';
import type { Recipient } from '../platform/mail/email-message.ts';

export interface PeopleOfReport {
  readonly projectLeader: Recipient;
  readonly language: Language;
  readonly advisor: Recipient | undefined;
}

/** Reads the people of a report from the participant, its municipality and its network, in one table. */
export class ReportPeople {
  readonly #participants: ParticipantsRepository;
  readonly #municipalities: MunicipalitiesRepository;
  readonly #networks: NetworksRepository;

  constructor(table: Table) {
    this.#participants = new ParticipantsRepository(table);
    this.#municipalities = new MunicipalitiesRepository(table);
    this.#networks = new NetworksRepository(table);
  }

  /** `withAdvisor`: read the network too (a third, sequential read) only when the advisor is told. */
  async of(cohortId: string, municipalityNumber: string, { withAdvisor }: { withAdvisor: boolean }): Promise<PeopleOfReport> {
    const [participant, municipality] = await Promise.all([this.#participants.get(cohortId, municipalityNumber), this.#municipalities.get(municipalityNumber)]);
    if (!participant) throw new Error(`Municipality ${municipalityNumber} is not a participant of cohort ${cohortId}`);
    const network = withAdvisor && participant.networkId ? await this.#networks.get(cohortId, participant.networkId) : undefined;
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
