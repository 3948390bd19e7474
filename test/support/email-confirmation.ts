/**
 * Confirming typed email addresses in tests, as their owner would: read the code from the
 * confirmation .eml the address received, and present it. Tests that read the mail sent to a
 * project leader or a municipality's own contact address confirm it first, so they assert on
 * the same letters as before confirmation existed.
 */
import type { LocalStack } from '../../local/stack.ts';
import type { StoredMail } from '../../local/mail-sink.ts';
import type { apiClient } from './api-client.ts';
import { eventually } from './fixtures.ts';

/** The confirmation messages (bokmål and nynorsk) a mail list holds. */
export const isConfirmationMail = (mail: StoredMail) => /^(Bekreft e-postadressen|Stadfest e-postadressa)/.test(mail.subject);

/** The code of the latest confirmation message sent to `address`, waiting for it. */
export async function confirmationCodeFor(stack: LocalStack, address: string, timeoutMs = 20_000): Promise<string> {
  return eventually(
    async () => {
      const mail = (await stack.mail.list()).filter((m) => m.to.includes(address) && isConfirmationMail(m)).at(-1);
      if (!mail) return undefined;
      return (await stack.mail.read(mail.file)).text.match(/\/email-confirmations\/([A-Za-z0-9_-]{43})\b/)?.[1];
    },
    timeoutMs,
    `a confirmation code for ${address}`,
  );
}

/** Confirms `address` with the code it received, and waits until the mail held for it has gone out. */
export async function confirmEmail(stack: LocalStack, api: ReturnType<typeof apiClient>, address: string): Promise<string> {
  const code = await confirmationCodeFor(stack, address);
  const response = await api(`/email-confirmations/${code}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`Confirming ${address} answered ${response.status}: ${JSON.stringify(response.json)}`);
  await stack.settled();
  return code;
}

/**
 * Confirms an address before a test types it where it matters: the municipality enters it as
 * its own contact address (typed, so a code is sent) and its owner confirms it. For tests that
 * count every message to the address or inject send failures, which the confirmation message
 * would otherwise take part in.
 */
export async function confirmInAdvance(stack: LocalStack, api: ReturnType<typeof apiClient>, municipality: { token: string; number: string }, address: string): Promise<void> {
  const response = await api(`/municipalities/${municipality.number}`, { method: 'PATCH', token: municipality.token, body: { contactEmail: address } });
  if (response.status !== 200) throw new Error(`Entering ${address} answered ${response.status}: ${JSON.stringify(response.json)}`);
  await confirmEmail(stack, api, address);
}
