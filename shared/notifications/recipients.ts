import { config } from '../platform/config.ts';
import type { Recipient } from '../platform/mail/email-message.ts';

/** The secretariat, as the configured address receives its notices. */
export function secretariatRecipient(): Recipient {
  return { name: 'Sekretariatet for Kvalitetskommuneprogrammet', address: config.secretariatEmail() };
}
