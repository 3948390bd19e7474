/**
 * Emails of network composition, in bokmål and nynorsk. Pure functions: data in, message out; the
 * caller picks the language from the receiving municipality's written standard.
 */
import type { Language } from '../platform/written-standard.ts';
import { letter, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';

/** Who is in the network and who the advisor is, to a member's project leader or the advisor. */
export function networkComposition(
  network: { cohortName: string; networkName: string; advisor: { name: string; email: string }; members: readonly { municipalityNumber: string; municipalityName: string }[] },
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const members = network.members.map((m) => `- ${m.municipalityName} (${m.municipalityNumber})`);
  const advisor = `${network.advisor.name} <${network.advisor.email}>`;
  return language === 'nn'
    ? letter('network-composition', to, 'nn', `Nettverket ditt: ${network.networkName} (${network.cohortName})`, [
        `${network.networkName} i ${network.cohortName} har desse medlemmene:`,
        ...members,
        '',
        `Rettleiar: ${advisor}`,
      ], correlationId)
    : letter('network-composition', to, 'nb', `Nettverket ditt: ${network.networkName} (${network.cohortName})`, [
        `${network.networkName} i ${network.cohortName} har disse medlemmene:`,
        ...members,
        '',
        `Veileder: ${advisor}`,
      ], correlationId);
}
