/**
 * Reminders to a gathering's registered attendees: which step is due for a gathering on a day.
 * Pure: a day, the gathering's first day and the configuration in, the due step out.
 *
 * Steps are days before the first day (`daysBefore`, e.g. [7, 1]). On a day, a gathering has at
 * most one step due: the latest whose day has come, until the day before the gathering starts
 * (a run on the first day itself sends nothing). "Once" is the store's job: each registration
 * and step is one conditional write (RegistrationsRepository.claimReminder).
 */
import * as z from 'zod';
import { ENV } from '../platform/config.ts';
import { schema } from '../platform/contract/schema.ts';
import { configDocument } from '../platform/config-document.ts';
import { addDays } from '../platform/dates.ts';
import shipped from './registration-reminders.json' with { type: 'json' };

export const GatheringReminderSchedule = /* @__PURE__ */ schema(() =>
  z.object({
    $comment: z.string().optional(),
    daysBefore: z
      .array(z.number().int().min(1).max(90))
      .min(1)
      .max(5)
      .refine((days) => new Set(days).size === days.length, { message: 'Each step once' }),
  }),
);
export type GatheringReminderSchedule = z.infer<typeof GatheringReminderSchedule>;

/** The schedule in force: GATHERING_REMINDERS (JSON, from the CDK context `gatheringReminders`), else the shipped registration-reminders.json. */
export const gatheringReminderSchedule: () => GatheringReminderSchedule = /* @__PURE__ */ configDocument(ENV.gatheringReminders, GatheringReminderSchedule, shipped);

/** The step (days before) due on `today` for a gathering starting on `firstDay`, or undefined. */
export function dueReminderStep(today: string, firstDay: string, schedule: GatheringReminderSchedule): number | undefined {
  if (today >= firstDay) return undefined;
  const come = schedule.daysBefore.filter((days) => addDays(firstDay, -days) <= today);
  return come.length === 0 ? undefined : Math.min(...come);
}

/** How far ahead the schedule looks: gatherings starting up to this many days after today. */
export const reminderReach = (schedule: GatheringReminderSchedule): number => Math.max(...schedule.daysBefore);
