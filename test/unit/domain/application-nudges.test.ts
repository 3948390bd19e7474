/**
 * The nudge rule before a cohort's window closes (shared/applications/application-nudges.ts) on
 * both sides of every boundary: a step's day, the end of its late-run window, the next step's
 * day, the window's last day; who is nudged; and the nightly close's "window ended".
 */
import { describe, expect, it } from 'vitest';
import { ApplicationNudgeSchedule, dueNudge, nudgeStillApplies, nudgeTargets } from '#shared/applications/application-nudges.ts';
import shipped from '#shared/applications/application-nudges.json' with { type: 'json' };
import { applicationWindowEnded } from '#shared/cohorts/model.ts';

const window = { opensOn: '2007-01-15', closesOn: '2007-03-15' };
const schedule = { daysBefore: [14, 3], lateRunDays: 2 };
const due = (day: string, s = schedule) => dueNudge(window, day, s);

describe('which nudge step is due on a day', () => {
  it('ships 14 and 3 days before, with a late run of 2 days', () => {
    expect(ApplicationNudgeSchedule.parse(shipped)).toMatchObject(schedule);
  });

  it('sends the first step from its day (closesOn − 14), not the day before', () => {
    expect(due('2007-02-28')).toBeUndefined();
    expect(due('2007-03-01')).toEqual({ daysBefore: 14, dueOn: '2007-03-01' });
  });

  it('still sends a step up to lateRunDays after its day, and not a day later', () => {
    expect(due('2007-03-03')).toEqual({ daysBefore: 14, dueOn: '2007-03-01' });
    expect(due('2007-03-04')).toBeUndefined();
    expect(due('2007-03-11')).toBeUndefined();
  });

  it('sends the later step from its day on, never the earlier one again', () => {
    const wide = { daysBefore: [14, 3], lateRunDays: 30 };
    expect(due('2007-03-11', wide)).toEqual({ daysBefore: 14, dueOn: '2007-03-01' });
    expect(due('2007-03-12', wide)).toEqual({ daysBefore: 3, dueOn: '2007-03-12' });
    expect(due('2007-03-15', wide)).toEqual({ daysBefore: 3, dueOn: '2007-03-12' });
    expect(due('2007-03-12')).toEqual({ daysBefore: 3, dueOn: '2007-03-12' });
    expect(due('2007-03-14')).toEqual({ daysBefore: 3, dueOn: '2007-03-12' });
    expect(due('2007-03-15')).toBeUndefined();
  });

  it('sends nothing after the last day of the window, whatever the late-run window', () => {
    const onTheDay = { daysBefore: [0], lateRunDays: 10 };
    expect(due('2007-03-14', onTheDay)).toBeUndefined();
    expect(due('2007-03-15', onTheDay)).toEqual({ daysBefore: 0, dueOn: '2007-03-15' });
    expect(due('2007-03-16', onTheDay)).toBeUndefined();
    expect(due('2007-03-16', { daysBefore: [14, 3], lateRunDays: 30 })).toBeUndefined();
  });

  it('counts across a month end and a leap day', () => {
    // 2008 is a leap year: three days before 2 March is 28 February, not 27.
    expect(dueNudge({ opensOn: '2008-01-01', closesOn: '2008-03-02' }, '2008-02-27', schedule)).toBeUndefined();
    expect(dueNudge({ opensOn: '2008-01-01', closesOn: '2008-03-02' }, '2008-02-28', schedule)).toEqual({ daysBefore: 3, dueOn: '2008-02-28' });
    expect(dueNudge({ opensOn: '2008-01-01', closesOn: '2008-03-02' }, '2008-02-29', schedule)).toEqual({ daysBefore: 3, dueOn: '2008-02-28' });
    expect(dueNudge({ opensOn: '2008-01-01', closesOn: '2008-03-02' }, '2008-02-17', schedule)).toEqual({ daysBefore: 14, dueOn: '2008-02-17' });
    expect(dueNudge({ opensOn: '2008-01-01', closesOn: '2008-03-02' }, '2008-02-16', schedule)).toBeUndefined();
  });

  it('sends nothing with no steps', () => {
    expect(due('2007-03-12', { daysBefore: [], lateRunDays: 2 })).toBeUndefined();
  });

  it('refuses steps out of order, repeated or negative', () => {
    expect(ApplicationNudgeSchedule.safeParse({ daysBefore: [3, 14], lateRunDays: 2 }).success).toBe(false);
    expect(ApplicationNudgeSchedule.safeParse({ daysBefore: [14, 14], lateRunDays: 2 }).success).toBe(false);
    expect(ApplicationNudgeSchedule.safeParse({ daysBefore: [14, -1], lateRunDays: 2 }).success).toBe(false);
    expect(ApplicationNudgeSchedule.safeParse({ daysBefore: [14, 3], lateRunDays: -1 }).success).toBe(false);
    expect(ApplicationNudgeSchedule.safeParse({ daysBefore: [], lateRunDays: 0 }).success).toBe(true);
  });
});

describe('who is nudged', () => {
  it('every draft, and every invited municipality with no application at all, in number order', () => {
    const applications = [
      { municipalityNumber: '1721', status: 'submitted' },
      { municipalityNumber: '1431', status: 'draft' },
      { municipalityNumber: '0301', status: 'draft' },
      { municipalityNumber: '1719', status: 'withdrawn' },
      { municipalityNumber: '1601', status: 'admitted' },
    ] as const;
    const invited = ['1721', '1431', '1719', '1601', '5001', '0101'].map((municipalityNumber) => ({ municipalityNumber }));
    expect(nudgeTargets(applications, invited)).toEqual([
      { municipalityNumber: '0101', reason: 'invited' },
      { municipalityNumber: '0301', reason: 'draft' },
      { municipalityNumber: '1431', reason: 'draft' },
      { municipalityNumber: '5001', reason: 'invited' },
    ]);
    expect(nudgeTargets([], [])).toEqual([]);
  });

  it('is looked at again when the nudge is sent: an application sent meanwhile ends it, a draft begun meanwhile gets the draft nudge', () => {
    expect(nudgeStillApplies('invited', undefined)).toBe('invited');
    expect(nudgeStillApplies('invited', 'draft')).toBe('draft');
    expect(nudgeStillApplies('draft', 'draft')).toBe('draft');
    for (const status of ['submitted', 'withdrawn', 'admitted', 'rejected'] as const) {
      expect(nudgeStillApplies('draft', status)).toBeUndefined();
      expect(nudgeStillApplies('invited', status)).toBeUndefined();
    }
    expect(nudgeStillApplies('draft', undefined)).toBeUndefined();
  });
});

describe('the end of an application window', () => {
  it('is the day after closesOn: the last day still accepts applications', () => {
    expect(applicationWindowEnded(window, '2007-03-14')).toBe(false);
    expect(applicationWindowEnded(window, '2007-03-15')).toBe(false);
    expect(applicationWindowEnded(window, '2007-03-16')).toBe(true);
  });
});
