/** Calendar days in UTC, as every schedule and day index of the programme counts them. */

/** The UTC calendar day (yyyy-mm-dd) an instant falls on. */
export function utcDay(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) a day (yyyy-mm-dd). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

/** The UTC day before the given instant's day. */
export function previousUtcDay(instant: Date): string {
  return addDays(utcDay(instant), -1);
}

let norwegianDays: Intl.DateTimeFormat | undefined;

/** The day in Norway (Europe/Oslo) of an instant, `2009-03-01`: what "per day" means to a municipality. */
export function norwegianDay(instant: Date | string): string {
  return (norwegianDays ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })).format(new Date(instant));
}
