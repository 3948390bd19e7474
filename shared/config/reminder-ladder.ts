/**
 * The reminder ladder in force: REMINDER_LADDER (JSON) when the deployment sets it, else the
 * shipped reminder-ladder.json. Checked once, at first use.
 */
import { ReminderLadder } from '../domain/reminders.ts';
import shipped from './reminder-ladder.json' with { type: 'json' };

let ladder: ReminderLadder | undefined;

export function reminderLadder(): ReminderLadder {
  ladder ??= ReminderLadder.parse(process.env.REMINDER_LADDER ? JSON.parse(process.env.REMINDER_LADDER) : shipped);
  return ladder;
}
