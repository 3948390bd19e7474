/**
 * The reminder ladder: steps relative to a report's due date (negative: before), each telling
 * some of the project leader, the network's advisor and the secretariat. Pure, no AWS; the
 * ladder itself is configuration (shared/config/reminder-ladder.json).
 */
import * as z from 'zod';
import { schema } from '../contracts/schema.ts';
import { addDays } from './dates.ts';

export const REMINDER_AUDIENCES = ['project-leader', 'advisor', 'secretariat'] as const;

export const ReminderLadder = /* @__PURE__ */ schema(() =>
  z.object({
    steps: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]{1,40}$/),
          daysFromDue: z.number().int().min(-365).max(365),
          notify: z.array(z.enum(REMINDER_AUDIENCES)).min(1),
        }),
      )
      .min(1)
      .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'Step ids must be unique'),
  }),
);
export type ReminderLadder = z.infer<typeof ReminderLadder>;
export type ReminderStep = ReminderLadder['steps'][number];

/** The day a step falls on for a due date (yyyy-mm-dd, UTC). */
export function stepDay(dueDate: string, step: Pick<ReminderStep, 'daysFromDue'>): string {
  return addDays(dueDate, step.daysFromDue);
}

/** Steps whose day has come by `today` and that were not sent: what a sweep must send now, in ladder order. */
export function stepsDue(ladder: ReminderLadder, dueDate: string, sent: ReadonlySet<string>, today: string): ReminderStep[] {
  return [...ladder.steps].sort((a, b) => a.daysFromDue - b.daysFromDue).filter((step) => !sent.has(step.id) && stepDay(dueDate, step) <= today);
}

/** How far ahead of due dates the sweep must look (the earliest step). */
export function lookAheadDays(ladder: ReminderLadder): number {
  return Math.max(0, ...ladder.steps.map((s) => -s.daysFromDue));
}

/** True when every step of the ladder has been sent: the report needs no more sweeping. */
export function ladderDone(ladder: ReminderLadder, sent: ReadonlySet<string>): boolean {
  return ladder.steps.every((s) => sent.has(s.id));
}

/** Who may get a copy of a project leader's reminder. */
export type ReminderCopy = Exclude<(typeof REMINDER_AUDIENCES)[number], 'project-leader'>;

/**
 * Who besides the project leader really gets a step's reminder, as its letter names them: the
 * advisor only when the municipality is in a network (else nobody advises it yet).
 */
export function reminderCopies(notify: readonly string[], hasAdvisor: boolean): ReminderCopy[] {
  return (['advisor', 'secretariat'] as const).filter((a) => notify.includes(a) && (a === 'secretariat' || hasAdvisor));
}
