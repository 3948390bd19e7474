/** Calendar days in UTC, as every schedule and day index of the programme counts them. */

/** The UTC calendar day (yyyy-mm-dd) an instant falls on. */
export function utcDay(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The UTC day before the given instant's day. */
export function previousUtcDay(instant: Date): string {
  return utcDay(new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() - 1)));
}
