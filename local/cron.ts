/**
 * Evaluates the routing table's cron specs (a subset of EventBridge cron, in UTC) so the local
 * clock fires schedules at the same minutes as AWS.
 */
import type { CronSpec } from '#shared/routing.ts';

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** The first whole minute strictly after `after` that matches the spec. */
export function nextRun(cron: CronSpec, after: Date): Date {
  const minutes = field(cron.minute, 0, 59, 'minute');
  const hours = field(cron.hour, 0, 23, 'hour');
  const weekDays = weekDayField(cron.weekDay ?? '*');
  const candidate = new Date(after.getTime());
  candidate.setUTCSeconds(0, 0);
  // A week of minutes covers every combination of the supported fields.
  for (let i = 0; i < 8 * 24 * 60; i++) {
    candidate.setUTCMinutes(candidate.getUTCMinutes() + 1);
    if (minutes(candidate.getUTCMinutes()) && hours(candidate.getUTCHours()) && weekDays(candidate.getUTCDay())) {
      return new Date(candidate.getTime());
    }
  }
  throw new Error(`Cron spec never fires: ${JSON.stringify(cron)}`);
}

function field(expression: string, min: number, max: number, name: string): (value: number) => boolean {
  if (expression === '*') return () => true;
  const values = expression.split(',').map((part) => {
    const value = Number(part);
    if (!/^\d+$/.test(part) || value < min || value > max) throw new Error(`Unsupported ${name} in cron: ${expression}`);
    return value;
  });
  return (value) => values.includes(value);
}

function weekDayField(expression: string): (day: number) => boolean {
  if (expression === '*' || expression === '?') return () => true;
  const days = expression.split(',').map((part) => {
    const index = WEEKDAYS.indexOf(part.toUpperCase());
    if (index < 0) throw new Error(`Unsupported weekDay in cron: ${expression} (use MON..SUN)`);
    return index;
  });
  return (day) => days.includes(day);
}
