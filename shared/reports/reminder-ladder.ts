/**
 * The reminder ladder in force: REMINDER_LADDER (JSON, set from the CDK context `reminderLadder`)
 * when the deployment has one, else the shipped reminder-ladder.json. Checked once, at first use.
 */
import { ENV } from '../platform/config.ts';
import { ReminderLadder } from './contract.ts';
import { configDocument } from '../platform/config-document.ts';
import shipped from './reminder-ladder.json' with { type: 'json' };

export const reminderLadder: () => ReminderLadder = /* @__PURE__ */ configDocument(ENV.reminderLadder, ReminderLadder, shipped);
