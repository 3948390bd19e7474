/**
 * Reminders to upload a quarter's sick-leave figures: which quarter and step is due on a day.
 * Pure: a day and the configuration in, the due reminders out.
 *
 * A quarter is chased from its first reminder day (quarter end + firstAfterDays) to its second
 * (quarter end + secondAfterDays). On a day, each quarter has at most one step due: the latest
 * whose day has come. So a run on any day from the first day up to the day before the second
 * sends the first; a run on or after the second day sends the second and never the first (a
 * schedule that missed every day of the first window sends only the second). The second stays
 * due for `lateRunDays` after its day, so a schedule that was down for up to that long still
 * sends it once; after that the quarter is no longer chased (a deployment that starts years into
 * the programme does not mail every old quarter). "Once" is the store's job: each
 * municipality/quarter/step is one conditional write (repository: UploadRemindersRepository).
 */
import * as z from 'zod';
import { ENV } from '../platform/config.ts';
import { schema } from '../platform/contract/schema.ts';
import { configDocument } from '../platform/config-document.ts';
import { addDays } from '../platform/dates.ts';
import { quarterEnd, quarterOf, shiftQuarter } from './model.ts';
import shipped from './upload-reminders.json' with { type: 'json' };

export const UploadReminderSchedule = /* @__PURE__ */ schema(() =>
  z
  .object({
    $comment: z.string().optional(),
    firstAfterDays: z.number().int().min(1).max(365),
    secondAfterDays: z.number().int().min(1).max(365),
    lateRunDays: z.number().int().min(0).max(365),
  })
  .refine((s) => s.secondAfterDays > s.firstAfterDays, { message: 'secondAfterDays must come after firstAfterDays', path: ['secondAfterDays'] }),
);
export type UploadReminderSchedule = z.infer<typeof UploadReminderSchedule>;

export const UPLOAD_REMINDER_STEPS = ['first', 'second'] as const;
export type UploadReminderStep = (typeof UPLOAD_REMINDER_STEPS)[number];

export interface DueUploadReminder {
  readonly quarter: string;
  readonly step: UploadReminderStep;
  /** The step's own day (quarter end + its days); a late run sends on a later day. */
  readonly dueOn: string;
}

/** The schedule in force: UPLOAD_REMINDERS (JSON, from the CDK context `uploadReminders`), else the shipped upload-reminders.json. */
export const uploadReminderSchedule: () => UploadReminderSchedule = /* @__PURE__ */ configDocument(ENV.uploadReminders, UploadReminderSchedule, shipped);

/** The day a step of a quarter is due. */
export function reminderDay(quarter: string, step: UploadReminderStep, schedule: UploadReminderSchedule): string {
  return addDays(quarterEnd(quarter), step === 'first' ? schedule.firstAfterDays : schedule.secondAfterDays);
}

/** Every quarter's step due on `today` (yyyy-mm-dd), oldest quarter first. */
export function dueUploadReminders(today: string, schedule: UploadReminderSchedule): DueUploadReminder[] {
  // Quarters that can be due: ended no longer ago than the second day plus the late-run window.
  const reach = schedule.secondAfterDays + schedule.lateRunDays;
  const due: DueUploadReminder[] = [];
  for (let quarter = quarterOf(addDays(today, -reach).slice(0, 7)); quarterEnd(quarter) < today; quarter = shiftQuarter(quarter, -1)) {
    const first = reminderDay(quarter, 'first', schedule);
    const second = reminderDay(quarter, 'second', schedule);
    if (today < first) continue;
    if (today < second) due.push({ quarter, step: 'first', dueOn: first });
    else if (today <= addDays(second, schedule.lateRunDays)) due.push({ quarter, step: 'second', dueOn: second });
  }
  return due;
}

/** A participant is chased for a quarter when its admission came by the quarter's end (as the comparison route counts participants). */
export function participatesIn(admittedOn: string, quarter: string): boolean {
  return admittedOn <= quarterEnd(quarter);
}
