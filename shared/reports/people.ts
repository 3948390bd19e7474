/** Who to tell about a participant's report: its project leader (in its written standard) and its network's advisor. */
import { getMunicipality } from '../municipalities/repository.ts';
import { getNetwork } from '../networks/repository.ts';
import { getParticipant } from '../applications/participants-repository.ts';
import { languageFor, type Language } from '../platform/written-standard.ts';
import type { Recipient } from '../platform/mail/email-message.ts';

interface ReportPeople {
  readonly projectLeader: Recipient;
  readonly language: Language;
  readonly advisor: Recipient | undefined;
}

/** `withAdvisor`: read the network too (a third, sequential read) only when the advisor is told. */
export async function reportPeople(tableName: string, cohortId: string, municipalityNumber: string, { withAdvisor }: { withAdvisor: boolean }): Promise<ReportPeople> {
  const [participant, municipality] = await Promise.all([getParticipant(tableName, cohortId, municipalityNumber), getMunicipality(tableName, municipalityNumber)]);
  if (!participant) throw new Error(`Municipality ${municipalityNumber} is not a participant of cohort ${cohortId}`);
  const network = withAdvisor && participant.networkId ? await getNetwork(tableName, cohortId, participant.networkId) : undefined;
  return {
    projectLeader: { name: participant.projectLeader.name, address: participant.projectLeader.email },
    language: languageFor(municipality?.writtenStandard ?? 'neutral'),
    advisor: network ? { name: network.advisor.name, address: network.advisor.email } : undefined,
  };
}
