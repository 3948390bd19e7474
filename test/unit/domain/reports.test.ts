import { describe, expect, it } from 'vitest';
import ladderFile from '../../../shared/config/reminder-ladder.json' with { type: 'json' };
import { ReminderLadder, ladderDone, lookAheadDays, reminderCopies, stepDay, stepsDue } from '../../../shared/domain/reminders.ts';
import { addMonths, awaitsSubmission, defaultReportPlan, openStatus, reportsForAdmission, scheduleFromPlan, sweptStatus, REPORT_STATUSES } from '../../../shared/domain/report.ts';

const ladder = ReminderLadder.parse(ladderFile);

describe('the shipped reminder ladder', () => {
  it('reminds 14 and 3 days before, on the day, 7 days after, and escalates after 21', () => {
    expect(ladder.steps.map((s) => `${s.daysFromDue}:${s.notify.join('+')}`)).toEqual([
      '-14:project-leader',
      '-3:project-leader',
      '0:project-leader',
      '7:project-leader',
      '21:project-leader+advisor+secretariat',
    ]);
    expect(lookAheadDays(ladder)).toBe(14);
  });

  it('refuses a ladder with repeated step ids or nobody to tell', () => {
    expect(() => ReminderLadder.parse({ steps: [{ id: 'a', daysFromDue: 0, notify: ['advisor'] }, { id: 'a', daysFromDue: 1, notify: ['advisor'] }] })).toThrow();
    expect(() => ReminderLadder.parse({ steps: [{ id: 'a', daysFromDue: 0, notify: [] }] })).toThrow();
  });
});

describe('reminderCopies', () => {
  it.each([
    [['project-leader'], true, []],
    [['project-leader', 'advisor', 'secretariat'], true, ['advisor', 'secretariat']],
    // In no network: nobody advises the municipality yet, so no advisor is named.
    [['project-leader', 'advisor', 'secretariat'], false, ['secretariat']],
    [['project-leader', 'advisor'], false, []],
    [['secretariat', 'advisor'], true, ['advisor', 'secretariat']],
  ] as const)('%j with an advisor: %s → %j', (notify, hasAdvisor, copies) => {
    expect(reminderCopies(notify, hasAdvisor)).toEqual(copies);
  });
});

describe('stepsDue', () => {
  const due = '2025-03-01';

  it.each([
    ['2025-02-14', []],
    ['2025-02-15', ['before-14']],
    ['2025-02-26', ['before-14', 'before-3']],
    ['2025-03-01', ['before-14', 'before-3', 'due-day']],
    ['2025-03-22', ['before-14', 'before-3', 'due-day', 'after-7', 'escalation-21']],
  ])('with nothing sent, on %s: %j', (today, ids) => {
    expect(stepsDue(ladder, due, new Set(), today).map((s) => s.id)).toEqual(ids);
  });

  it('never repeats a step that was sent, and catches up a missed one', () => {
    expect(stepsDue(ladder, due, new Set(['before-14']), '2025-02-27').map((s) => s.id)).toEqual(['before-3']);
    expect(stepsDue(ladder, due, new Set(['before-14', 'before-3']), '2025-02-27')).toEqual([]);
  });

  it('knows when a report needs no more sweeping', () => {
    expect(ladderDone(ladder, new Set(['before-14', 'before-3', 'due-day', 'after-7']))).toBe(false);
    expect(ladderDone(ladder, new Set(ladder.steps.map((s) => s.id)))).toBe(true);
  });

  it('places steps across months and years', () => {
    expect(stepDay('2026-01-01', { daysFromDue: -14 })).toBe('2025-12-18');
    expect(stepDay('2024-02-28', { daysFromDue: 1 })).toBe('2024-02-29');
  });
});

describe('the report plan', () => {
  it('is by default a project plan after two months, a status report every six, and a final evaluation at the end', () => {
    expect(defaultReportPlan(2).map((p) => `${p.monthsAfterStart} ${p.type}`)).toEqual(['2 project-plan', '6 status-report', '12 status-report', '18 status-report', '24 final-evaluation']);
    expect(defaultReportPlan(3)).toHaveLength(7);
  });

  it('adds months keeping the day, or the month’s last day', () => {
    expect(addMonths('2025-01-01', 2)).toBe('2025-03-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-07-15', 6)).toBe('2026-01-15');
  });

  it('schedules only what falls due after the admission, with stable ids', () => {
    const plan = defaultReportPlan(2);
    const idOf = (seed: string) => seed;
    const late = scheduleFromPlan(plan, { id: 'c1', startDate: '2025-01-01' }, '1721', '2025-05-10', idOf);
    expect(late.map((r) => r.dueDate)).toEqual(['2025-07-01', '2026-01-01', '2026-07-01', '2027-01-01']);
    expect(scheduleFromPlan(plan, { id: 'c1', startDate: '2025-01-01' }, '1721', '2025-05-10', idOf)).toEqual(late);
    expect(new Set(late.map((r) => r.id)).size).toBe(4);
  });

  it('gives an admission its reports as stored: cohort, municipality, status on the admission day, a first history entry', () => {
    const cohort = { id: 'c1', name: 'Pulje 2025', startDate: '2025-01-01' };
    const admission = { municipalityNumber: '1721', municipalityName: 'Verdal', admittedOn: '2025-03-01' };
    const reports = reportsForAdmission(defaultReportPlan(2), cohort, admission, '2025-03-01T10:00:00.000Z');
    expect(reports.map((r) => `${r.dueDate} ${r.type} ${r.status}`)).toEqual([
      '2025-03-01 project-plan due',
      '2025-07-01 status-report upcoming',
      '2026-01-01 status-report upcoming',
      '2026-07-01 status-report upcoming',
      '2027-01-01 final-evaluation upcoming',
    ]);
    expect(reports[1]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      type: 'status-report',
      title: 'Statusrapport 1',
      dueDate: '2025-07-01',
      cohortId: 'c1',
      cohortName: 'Pulje 2025',
      municipalityNumber: '1721',
      municipalityName: 'Verdal',
      status: 'upcoming',
      remindersSent: [],
      history: [{ at: '2025-03-01T10:00:00.000Z', status: 'upcoming', comment: 'Scheduled at admission', dueDate: '2025-07-01' }],
    });
    expect(reportsForAdmission(defaultReportPlan(2), cohort, admission, '2025-03-02T08:00:00.000Z').map((r) => r.id)).toEqual(reports.map((r) => r.id));
  });
});

describe('report status by date', () => {
  it('is upcoming before, due on, and overdue after the due date', () => {
    expect(openStatus('2025-03-01', '2025-02-28')).toBe('upcoming');
    expect(openStatus('2025-03-01', '2025-03-01')).toBe('due');
    expect(openStatus('2025-03-01', '2025-03-02')).toBe('overdue');
  });

  it.each([
    ['upcoming', '2025-02-28', 'upcoming'],
    ['upcoming', '2025-03-01', 'due'],
    ['upcoming', '2025-03-09', 'overdue'],
    ['due', '2025-03-01', 'due'],
    ['due', '2025-03-02', 'overdue'],
    // A repeated or late sweep of an earlier day keeps the later status.
    ['due', '2025-02-20', 'due'],
    ['overdue', '2025-03-01', 'overdue'],
    ['overdue', '2025-02-01', 'overdue'],
  ] as const)('a sweep moves %s on %s to %s, never back', (current, today, expected) => {
    expect(sweptStatus(current, '2025-03-01', today)).toBe(expected);
  });

  it('waits for the municipality while upcoming, due, overdue or returned', () => {
    expect(REPORT_STATUSES.filter(awaitsSubmission)).toEqual(['upcoming', 'due', 'overdue', 'returned']);
  });
});
