import type { Language } from '../domain/written-standard.ts';

export interface Recipient {
  readonly name?: string;
  readonly address: string;
}

/** An email ready to send: user-facing text in the recipient municipality's written standard. */
export interface EmailMessage {
  /** Which template wrote it (for the notification log). */
  readonly template: string;
  readonly to: readonly Recipient[];
  readonly subject: string;
  readonly text: string;
  readonly language: Language;
  readonly correlationId?: string;
}
