/** The events of report reminders, built in one place for the sweep and the catch-up. */
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Report } from './contract.ts';
import { daysPastDue, type ReminderAudience, type ReminderStep } from './reminders.ts';
import { newEvent } from '../platform/outbox/new-event.ts';

/**
 * The letter of `step` for a report on `day`: ReportOverdue once the due date has passed (by
 * the real distance, not the step's nominal one), else ReportDue. `sweptOn` is the day the
 * letter is worded for.
 */
export function reminderEvent(report: Report, step: ReminderStep, day: string, notify: readonly ReminderAudience[], correlationId: string): EventEnvelope<'ReportDue' | 'ReportOverdue'> {
  const data = { reportId: report.id, dueDate: report.dueDate, stepId: step.id, daysFromDue: step.daysFromDue, notify: [...notify], sweptOn: day };
  return newEvent(daysPastDue(report.dueDate, day) > 0 ? 'ReportOverdue' : 'ReportDue', data, { correlationId, now: new Date() });
}
