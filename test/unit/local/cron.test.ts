import { describe, expect, it } from 'vitest';
import { nextRun } from '../../../local/cron.ts';

describe('nextRun', () => {
  it.each([
    [{ minute: '0', hour: '5' }, '2026-11-23T04:27:00Z', '2026-11-23T05:00:00.000Z'],
    [{ minute: '0', hour: '5' }, '2026-11-23T05:00:00Z', '2026-11-24T05:00:00.000Z'],
    [{ minute: '0', hour: '5' }, '2026-12-31T06:00:00Z', '2027-01-01T05:00:00.000Z'],
    [{ minute: '30', hour: '*' }, '2026-11-23T04:31:00Z', '2026-11-23T05:30:00.000Z'],
    [{ minute: '0,30', hour: '8' }, '2026-11-23T08:10:00Z', '2026-11-23T08:30:00.000Z'],
    // 2026-11-23 is a Monday.
    [{ minute: '0', hour: '6', weekDay: 'MON' }, '2026-11-23T07:00:00Z', '2026-11-30T06:00:00.000Z'],
    [{ minute: '0', hour: '6', weekDay: 'SAT,SUN' }, '2026-11-23T07:00:00Z', '2026-11-28T06:00:00.000Z'],
  ])('%j after %s is %s', (cron, after, expected) => {
    expect(nextRun(cron, new Date(after)).toISOString()).toBe(expected);
  });

  it.each([
    [{ minute: '60', hour: '5' }, /minute/],
    [{ minute: '0', hour: '24' }, /hour/],
    [{ minute: '*/5', hour: '5' }, /minute/],
    [{ minute: '0', hour: '5', weekDay: 'MONDAY' }, /weekDay/],
  ])('refuses unsupported %j', (cron, message) => {
    expect(() => nextRun(cron, new Date())).toThrow(message);
  });
});
