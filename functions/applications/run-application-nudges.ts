import { applicationNudgeSchedule, applicationNudgesRepository, applicationsRepository, dueNudge, nudgeTargets } from '#shared/applications/index.ts';
import { cohortInvitationsRepository, cohortsRepository } from '#shared/cohorts/index.ts';
import { newEvent } from '#shared/event-catalogue.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { applicationNudgesSchedule } from '#shared/applications/routes.ts';

const CONCURRENCY = 8;

/**
 * Daily: in each open cohort whose nudge step is due today (shared/applications/application-nudges.ts:
 * the latest step whose day has come, still sent by a run up to lateRunDays late, never after
 * closesOn), every municipality with a draft and every invited one without an application is
 * nudged: one conditional write per municipality and cohort that takes only a later step, with
 * its event (ApplicationWindowClosing), so a second run, two overlapping ones or a stale one send
 * nothing twice and never an earlier step after a later one. Reads: the cohorts (one GSI
 * partition), then per due cohort its applications' guard items and its invitations (two
 * Queries of its partition); no Scan.
 */
export const handler = scheduledHandler(applicationNudgesSchedule, async (event) => {
  const today = norwegianDay(event.time);
  const schedule = applicationNudgeSchedule();
  const nudges = applicationNudgesRepository();
  const now = new Date();
  for (const cohort of await cohortsRepository().list()) {
    const due = cohort.status === 'open' ? dueNudge(cohort.applicationWindow, today, schedule) : undefined;
    if (!due) continue;
    const [applications, invitations] = await Promise.all([applicationsRepository().ofCohort(cohort.id), cohortInvitationsRepository().ofCohort(cohort.id)]);
    const targets = nudgeTargets(applications, invitations);
    let sent = 0;
    await forEachConcurrently(targets, CONCURRENCY, async ({ municipalityNumber, reason }) => {
      const data = { cohortId: cohort.id, cohortName: cohort.name, closesOn: cohort.applicationWindow.closesOn, municipalityNumber, reason, ...due, sentFor: today };
      const nudge = newEvent('ApplicationWindowClosing', data, { correlationId: event.id, now });
      if (await nudges.claim({ cohortId: cohort.id, municipalityNumber, daysBefore: due.daysBefore, sentFor: today }, nudge)) sent++;
    });
    logger.info('Application nudges', { day: today, cohortId: cohort.id, daysBefore: due.daysBefore, targets: targets.length, sent });
  }
});
