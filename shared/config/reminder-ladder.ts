/**
 * The reminder ladder in force: REMINDER_LADDER (JSON, set from the CDK context `reminderLadder`)
 * when the deployment has one, else the shipped reminder-ladder.json. Checked once, at first use.
 */
import { ENV } from '../config.ts';
import { ReminderLadder } from '../domain/reminders.ts';
import shipped from './reminder-ladder.json' with { type: 'json' };

let ladder: ReminderLadder | undefined;

export function reminderLadder(): ReminderLadder {
  if (!ladder) {
    const configured = process.env[ENV.reminderLadder];
    ladder = ReminderLadder.parse(configured ? JSON.parse(configured) : shipped);
  }
  return ladder;
}
