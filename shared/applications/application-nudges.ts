/**
 * Nudges before a cohort's application window closes: which step is due on a day, and who gets
 * it. Pure: the window, the day, the configuration and the cohort's applications and
 * invitations in; the due step and the municipalities to nudge out.
 *
 * A step is "N days before closesOn" (closesOn is the last day applications are accepted). On
 * a day, a cohort has at most one step due: the latest whose day has come. So a run on any day
 * from a step's day up to the day before the next step's sends that step; a run on or after the
 * next step's day sends the next one and never the earlier (a schedule that missed a step's
 * every day sends only the later one). A step stays due for `lateRunDays` after its day, so a
 * schedule that was down a day or two still sends it once; after that it is not sent (a cohort
 * opened five days before it closes gets no "two weeks left" nudge, only the 3-day one). Nothing
 * is due after closesOn: the window is over. "Once", and "never an earlier step after a later
 * one", are the store's: one item per municipality and cohort holding the latest step sent,
 * written only for a later step (repository: ApplicationNudgesRepository).
 */
import * as z from 'zod';
import { ENV } from '../platform/config.ts';
import { schema } from '../platform/contract/schema.ts';
import { configDocument } from '../platform/config-document.ts';
import { addDays } from '../platform/dates.ts';
import type { ApplicationWindow } from '../cohorts/model.ts';
import type { ApplicationStatus } from './model.ts';
import shipped from './application-nudges.json' with { type: 'json' };

export const ApplicationNudgeSchedule = /* @__PURE__ */ schema(() =>
  z
    .object({
      $comment: z.string().optional(),
      daysBefore: z.array(z.number().int().min(0).max(365)).max(10),
      lateRunDays: z.number().int().min(0).max(365),
    })
    .refine((s) => s.daysBefore.every((days, i) => i === 0 || days < s.daysBefore[i - 1]!), { message: 'daysBefore must be in strictly decreasing order (the earliest step first)', path: ['daysBefore'] }),
);
export type ApplicationNudgeSchedule = z.infer<typeof ApplicationNudgeSchedule>;

/** The schedule in force: APPLICATION_NUDGES (JSON, from the CDK context `applicationNudges`), else the shipped application-nudges.json. */
export const applicationNudgeSchedule: () => ApplicationNudgeSchedule = /* @__PURE__ */ configDocument(ENV.applicationNudges, ApplicationNudgeSchedule, shipped);

export interface DueNudge {
  /** The step: days before closesOn. */
  readonly daysBefore: number;
  /** The step's own day (closesOn − daysBefore); a late run sends on a later day. */
  readonly dueOn: string;
}

/** The step of the window due on `today` (yyyy-mm-dd, the Norwegian day), if any. */
export function dueNudge(window: ApplicationWindow, today: string, schedule: ApplicationNudgeSchedule): DueNudge | undefined {
  if (today > window.closesOn) return undefined;
  let latest: DueNudge | undefined;
  for (const daysBefore of schedule.daysBefore) {
    const dueOn = addDays(window.closesOn, -daysBefore);
    if (dueOn <= today) latest = { daysBefore, dueOn };
  }
  return latest && today <= addDays(latest.dueOn, schedule.lateRunDays) ? latest : undefined;
}

export type NudgeReason = 'draft' | 'invited';

export interface NudgeTarget {
  readonly municipalityNumber: string;
  readonly reason: NudgeReason;
}

/**
 * Who is nudged: every municipality with a draft in the cohort, and every invited municipality
 * with no application there at all (one submitted, withdrawn or decided is not nudged), in
 * municipality number order.
 */
export function nudgeTargets(
  applications: readonly { readonly municipalityNumber: string; readonly status: ApplicationStatus }[],
  invited: readonly { readonly municipalityNumber: string }[],
): NudgeTarget[] {
  const applied = new Map(applications.map((a) => [a.municipalityNumber, a.status]));
  const targets: NudgeTarget[] = applications.filter((a) => a.status === 'draft').map((a) => ({ municipalityNumber: a.municipalityNumber, reason: 'draft' }));
  for (const { municipalityNumber } of invited) if (!applied.has(municipalityNumber)) targets.push({ municipalityNumber, reason: 'invited' });
  return targets.sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
}

/** What the nudge is when it is sent, given the municipality's application in the cohort now (undefined: none); undefined: no nudge any more. */
export function nudgeStillApplies(reason: NudgeReason, current: ApplicationStatus | undefined): NudgeReason | undefined {
  if (current === undefined) return reason === 'invited' ? 'invited' : undefined;
  return current === 'draft' ? 'draft' : undefined;
}
