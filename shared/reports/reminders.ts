/**
 * The reminder ladder: steps relative to a report's due date (negative: before), each telling
 * some of the project leader, the network's advisor and the secretariat. Pure, no AWS; the
 * ladder itself is configuration (shared/reports/reminder-ladder.json).
 *
 * The rules a sweep follows (README, Reminder ladder): a report gets at most one letter per
 * sweep, for the latest step whose day has come; the earlier steps not sent are recorded as
 * skipped. A step whose day fell before the report's reminders started (`remindersFrom`: the
 * first sweep after it was scheduled, or after its due date moved) is skipped, never sent late.
 * A report that fell due before its first sweep is held: no automatic reminder at all until
 * the secretariat starts a catch-up. Letters are worded by the real distance to the due date.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { addDays } from '../platform/dates.ts';

export const REMINDER_AUDIENCES = ['project-leader', 'advisor', 'secretariat'] as const;
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

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

/** What of a report the reminder decisions read. */
export interface ReminderState {
  readonly dueDate: string;
  readonly remindersSent: readonly string[];
  readonly remindersSkipped: readonly string[];
  /** The first day its ladder applies to; unset until a sweep (or the sweep clock) set it. */
  readonly remindersFrom?: string | undefined;
  /** It fell due before its reminders started: nothing is sent until a catch-up. */
  readonly remindersHeld: boolean;
}

/** What a sweep (or a catch-up) does to one report's reminders. */
export interface ReminderDecision {
  /** The one letter, if any: the latest step whose day has come. */
  readonly send: ReminderStep | undefined;
  /** Steps recorded as skipped now (their day passed, or a later step is sent instead). */
  readonly skip: readonly ReminderStep[];
  readonly remindersFrom: string;
  readonly remindersHeld: boolean;
  /** Every step is sent or skipped: the report leaves the sweep's index. */
  readonly done: boolean;
}

/** The day a step falls on for a due date (yyyy-mm-dd, UTC). */
export function stepDay(dueDate: string, step: Pick<ReminderStep, 'daysFromDue'>): string {
  return addDays(dueDate, step.daysFromDue);
}

/** Days from the due date to `day`: negative before it, 0 on it, positive when late. */
export function daysPastDue(dueDate: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where a report's reminders start when its first sweep is on `firstSweepDay`: the ladder from
 * that day; held when the report was already past due by then (it fell due before it existed).
 */
export function remindersStart(dueDate: string, firstSweepDay: string): { remindersFrom: string; remindersHeld: boolean } {
  return { remindersFrom: firstSweepDay, remindersHeld: dueDate < firstSweepDay };
}

/**
 * The daily sweep's decision for a report waiting for submission on `today`: pure, from the
 * report, the ladder and the day. A repeat of the same sweep finds nothing left to do.
 */
export function sweepReminders(state: ReminderState, ladder: ReminderLadder, today: string): ReminderDecision {
  // Reports scheduled before the first sweep ever ran start with the first sweep that meets them.
  // (held when already past due and never reminded: it fell due before any sweep saw it).
  const start =
    state.remindersFrom === undefined
      ? { remindersFrom: today, remindersHeld: state.remindersHeld || (state.dueDate < today && state.remindersSent.length === 0) }
      : { remindersFrom: state.remindersFrom, remindersHeld: state.remindersHeld };
  if (start.remindersHeld) return { send: undefined, skip: [], ...start, done: false };
  const open = openSteps(state, ladder);
  const passed = open.filter((step) => stepDay(state.dueDate, step) < start.remindersFrom);
  const come = open.filter((step) => stepDay(state.dueDate, step) >= start.remindersFrom && stepDay(state.dueDate, step) <= today);
  return decide(open, passed, come, start);
}

/**
 * A catch-up the secretariat started on `today` for a held report: one letter for the latest
 * step whose day has come (worded by the real distance), the other steps up to today skipped;
 * the steps still to come follow the ladder as for any report.
 */
export function catchUpReminders(state: ReminderState, ladder: ReminderLadder, today: string): ReminderDecision {
  const open = openSteps(state, ladder);
  const come = open.filter((step) => stepDay(state.dueDate, step) <= today);
  return decide(open, [], come, { remindersFrom: today, remindersHeld: false });
}

/**
 * A due date moved: the steps already sent stay sent (never sent twice), the skipped ones are
 * weighed again against the new date from the next sweep on, and nothing is held (the
 * secretariat chose the date). `nextSweepDay` unset: from the first sweep that meets it.
 */
export function rescheduledReminders(
  state: { readonly remindersSent: string[] },
  nextSweepDay: string | undefined,
): { remindersSent: string[]; remindersSkipped: string[]; remindersFrom?: string; remindersHeld: boolean } {
  return { remindersSent: state.remindersSent, remindersSkipped: [], ...(nextSweepDay ? { remindersFrom: nextSweepDay } : {}), remindersHeld: false };
}

function openSteps(state: ReminderState, ladder: ReminderLadder): ReminderStep[] {
  const resolved = new Set([...state.remindersSent, ...state.remindersSkipped]);
  return [...ladder.steps].sort((a, b) => a.daysFromDue - b.daysFromDue).filter((step) => !resolved.has(step.id));
}

function decide(open: readonly ReminderStep[], passed: readonly ReminderStep[], come: readonly ReminderStep[], start: { remindersFrom: string; remindersHeld: boolean }): ReminderDecision {
  const send = come.at(-1);
  const skip = [...passed, ...come.slice(0, -1)];
  return { send, skip, ...start, done: open.length === skip.length + (send ? 1 : 0) };
}

/** How far ahead of due dates the sweep must look (the earliest step). */
export function lookAheadDays(ladder: ReminderLadder): number {
  return Math.max(0, ...ladder.steps.map((s) => -s.daysFromDue));
}

/**
 * The sweep clock: the day of the latest sweep and the instant it started. It is the
 * programme's "today" for reminders, so that a report scheduled or moved between two sweeps
 * starts its ladder at the next sweep, in AWS (where sweep days are real days) and locally
 * alike (where a test fires the sweep for any day).
 */
export interface SweepClock {
  readonly day: string;
  readonly at: string;
}

const DAY_MS = 86_400_000;

/** The sweep's day now: the last sweep's day plus the whole days since it started; without a sweep yet, the UTC day. */
export function sweepToday(clock: SweepClock | undefined, now: Date): string {
  if (!clock) return now.toISOString().slice(0, 10);
  return addDays(clock.day, Math.max(0, Math.floor((now.getTime() - Date.parse(clock.at)) / DAY_MS)));
}

/** The day of the first sweep still to come: the day after the last one, or later when days were missed; unset before any sweep. */
export function nextSweepDay(clock: SweepClock | undefined, now: Date): string | undefined {
  if (!clock) return undefined;
  return addDays(clock.day, Math.max(1, Math.floor((now.getTime() - Date.parse(clock.at)) / DAY_MS)));
}

/** Who may get a copy of a project leader's reminder. */
export type ReminderCopy = Exclude<ReminderAudience, 'project-leader'>;

/**
 * Who besides the project leader really gets a step's reminder, as its letter names them: the
 * advisor only when the municipality is in a network (else nobody advises it yet).
 */
export function reminderCopies(notify: readonly string[], hasAdvisor: boolean): ReminderCopy[] {
  return (['advisor', 'secretariat'] as const).filter((a) => notify.includes(a) && (a === 'secretariat' || hasAdvisor));
}
