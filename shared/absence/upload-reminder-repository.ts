/**
 * Which upload reminders went out: one item per municipality, quarter and step (and one per
 * quarter and step for the secretariat's list), written only if new, in one transaction with
 * the event that sends it. However often the schedule runs, and if two runs overlap, the
 * second write of the same reminder fails its condition and sends nothing.
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';
import { UPLOAD_REMINDER_STEPS, type UploadReminderStep } from './upload-reminders.ts';

/** The secretariat's list, stored beside the municipalities' reminders of the same quarter and step. */
export const SECRETARIAT = 'SECRETARIAT';

export const uploadReminderKeys = {
  reminder: (quarter: string, step: UploadReminderStep | '' = '', recipient = '') => ({ pk: `UPLOAD_REMINDER#${quarter}`, sk: step ? `${step}#${recipient}` : '' }),
} as const;

export interface SentUploadReminder {
  readonly quarter: string;
  readonly step: UploadReminderStep;
  /** A municipality number, or SECRETARIAT. */
  readonly recipient: string;
  readonly sentFor: string;
}

export class UploadRemindersRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** Records the reminder with its event if it was not sent before; false (nothing written) when it was. */
  async claim(reminder: SentUploadReminder, event: EventEnvelope): Promise<boolean> {
    const item = { ...uploadReminderKeys.reminder(reminder.quarter, reminder.step, reminder.recipient), ...reminder, eventId: event.metadata.eventId };
    return this.table.transactIfConditionsHold([{ Put: { TableName: this.table.name, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }], [event]);
  }

  /** The reminders of a quarter sent so far (one partition). */
  async ofQuarter(quarter: string): Promise<SentUploadReminder[]> {
    const pk = uploadReminderKeys.reminder(quarter).pk;
    const items = (await Promise.all(UPLOAD_REMINDER_STEPS.map((step) => this.table.queryPrefix(pk, `${step}#`)))).flat();
    return items.map((i) => ({ quarter: String(i.quarter), step: i.step as UploadReminderStep, recipient: String(i.recipient), sentFor: String(i.sentFor) }));
  }
}

let bound: UploadRemindersRepository | undefined;

export const uploadRemindersRepository = (): UploadRemindersRepository => (bound ??= new UploadRemindersRepository(programmeTable()));
