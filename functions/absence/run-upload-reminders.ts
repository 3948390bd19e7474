import { absenceRepository, dueUploadReminders, participatesIn, SECRETARIAT, uploadReminderSchedule, uploadRemindersRepository } from '#shared/absence/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { newEvent } from '#shared/event-catalogue.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { utcDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { uploadReminderSchedule as schedule } from '#shared/absence/routes.ts';

const CONCURRENCY = 8;

/**
 * Daily: for each quarter whose reminder step is due today (shared/absence/upload-reminders.ts:
 * the latest step whose day has come, the second still sent by a run up to lateRunDays late),
 * every participant admitted by the quarter's end without committed figures for it is reminded:
 * one conditional write per municipality, quarter and step, with its event (AbsenceFiguresReminderDue),
 * so a second run, or two overlapping ones, send nothing twice. Then the secretariat's list of
 * who is missing, once per quarter and step. Reads: the admissions (one GSI partition) and the
 * quarter's figures (one GSI partition); no Scan.
 */
export const handler = scheduledHandler(schedule, async (event) => {
  const today = utcDay(event.time);
  const due = dueUploadReminders(today, uploadReminderSchedule());
  if (due.length === 0) return;
  const admissions = await participantsRepository().admissions();
  const reminders = uploadRemindersRepository();
  const now = new Date();
  for (const { quarter, step, dueOn } of due) {
    const participants = new Map<string, string>();
    for (const a of admissions) if (participatesIn(a.admittedOn, quarter)) participants.set(a.municipalityNumber, a.municipalityName);
    const figures = await absenceRepository().figuresOfQuarter(quarter);
    const missing = [...participants].filter(([number]) => !(figures.get(number)?.length)).sort(([a], [b]) => a.localeCompare(b));
    let sent = 0;
    await forEachConcurrently(missing, CONCURRENCY, async ([municipalityNumber]) => {
      const reminder = newEvent('AbsenceFiguresReminderDue', { municipalityNumber, quarter, step, dueOn, sentFor: today }, { correlationId: event.id, now });
      if (await reminders.claim({ quarter, step, recipient: municipalityNumber, sentFor: today }, reminder)) sent++;
    });
    if (missing.length > 0) {
      const list = newEvent('AbsenceFiguresMissing', { quarter, step, sentFor: today, municipalities: missing.map(([municipalityNumber, municipalityName]) => ({ municipalityNumber, municipalityName })) }, { correlationId: event.id, now });
      await reminders.claim({ quarter, step, recipient: SECRETARIAT, sentFor: today }, list);
    }
    logger.info('Upload reminders', { day: today, quarter, step, participants: participants.size, missing: missing.length, sent });
  }
});
