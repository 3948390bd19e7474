import { describe, expect, it } from 'vitest';
import { dueUploadReminders, participatesIn, reminderDay, UploadReminderSchedule } from '#shared/absence/upload-reminders.ts';

const schedule = { firstAfterDays: 30, secondAfterDays: 45, lateRunDays: 14 };

describe('upload reminder schedule', () => {
  it('has its days after the quarter end', () => {
    expect(reminderDay('2026Q1', 'first', schedule)).toBe('2026-04-30');
    expect(reminderDay('2026Q1', 'second', schedule)).toBe('2026-05-15');
    expect(reminderDay('2025Q4', 'first', schedule)).toBe('2026-01-30');
  });

  it('is nothing before the first day', () => {
    expect(dueUploadReminders('2026-04-29', schedule)).toEqual([]);
  });

  it('is the first from its day until the day before the second (a late run still sends it)', () => {
    expect(dueUploadReminders('2026-04-30', schedule)).toEqual([{ quarter: '2026Q1', step: 'first', dueOn: '2026-04-30' }]);
    expect(dueUploadReminders('2026-05-14', schedule)).toEqual([{ quarter: '2026Q1', step: 'first', dueOn: '2026-04-30' }]);
  });

  it('is never the first once the second is due: a run that missed the whole first window sends only the second', () => {
    expect(dueUploadReminders('2026-05-15', schedule)).toEqual([{ quarter: '2026Q1', step: 'second', dueOn: '2026-05-15' }]);
  });

  it('sends the second up to lateRunDays late, then stops chasing the quarter', () => {
    expect(dueUploadReminders('2026-05-29', schedule)).toEqual([{ quarter: '2026Q1', step: 'second', dueOn: '2026-05-15' }]);
    expect(dueUploadReminders('2026-05-30', schedule)).toEqual([]);
    expect(dueUploadReminders('2026-12-31', schedule).map((d) => d.quarter)).not.toContain('2026Q1');
  });

  it('has two quarters due at once when the windows overlap', () => {
    const wide = { firstAfterDays: 30, secondAfterDays: 120, lateRunDays: 5 };
    expect(dueUploadReminders('2026-07-31', wide)).toEqual([
      { quarter: '2026Q1', step: 'second', dueOn: '2026-07-29' },
      { quarter: '2026Q2', step: 'first', dueOn: '2026-07-30' },
    ]);
  });

  it('refuses a second day not after the first', () => {
    expect(UploadReminderSchedule.safeParse({ firstAfterDays: 30, secondAfterDays: 30, lateRunDays: 0 }).success).toBe(false);
    expect(UploadReminderSchedule.safeParse(schedule).success).toBe(true);
  });

  it('chases a participant admitted by the quarter end', () => {
    expect(participatesIn('2026-03-31', '2026Q1')).toBe(true);
    expect(participatesIn('2026-04-01', '2026Q1')).toBe(false);
  });
});
