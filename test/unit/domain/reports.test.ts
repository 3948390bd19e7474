import { describe, expect, it } from 'vitest';
import ladderFile from '../../../shared/reports/reminder-ladder.json' with { type: 'json' };
import {
  catchUpReminders,
  daysPastDue,
  lookAheadDays,
  nextSweepDay,
  reminderCopies,
  remindersStart,
  rescheduledReminders,
  stepDay,
  sweepReminders,
  sweepToday,
  type ReminderDecision,
  type ReminderState,
  addMonths,
  awaitsSubmission,
  openStatus,
  reportsForAdmission,
  scheduleFromPlan,
  sweptStatus,
  REPORT_STATUSES,
} from '../../../shared/reports/model.ts';
import { remindedReport } from '../../../shared/reports/commands.ts';
import { defaultReportPlan } from '../../../shared/cohorts/model.ts';
import { ReminderLadder } from '../../../shared/reports/contract.ts';

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

describe('the sweep’s decision', () => {
  const due = '2025-03-01';
  const state = (over: Partial<ReminderState> = {}): ReminderState => ({ dueDate: due, remindersSent: [], remindersSkipped: [], remindersFrom: '2025-01-01', remindersHeld: false, ...over });
  const ids = (d: ReminderDecision) => ({ send: d.send?.id ?? null, skip: d.skip.map((s) => s.id), done: d.done });

  it.each([
    ['2025-02-14', null, []],
    ['2025-02-15', 'before-14', []],
    // A sweep that meets several steps due sends only the latest one that has come; the others are skipped.
    ['2025-02-26', 'before-3', ['before-14']],
    ['2025-03-01', 'due-day', ['before-14', 'before-3']],
    ['2025-03-09', 'after-7', ['before-14', 'before-3', 'due-day']],
    ['2025-03-22', 'escalation-21', ['before-14', 'before-3', 'due-day', 'after-7']],
  ])('with nothing sent yet, on %s: sends %s, skips %j', (today, send, skip) => {
    const decision = sweepReminders(state(), ladder, today);
    expect(ids(decision)).toEqual({ send, skip, done: send === 'escalation-21' });
  });

  it('sends nothing twice: a repeat of the same sweep has nothing left to do', () => {
    expect(ids(sweepReminders(state({ remindersSent: ['due-day'], remindersSkipped: ['before-14', 'before-3'] }), ladder, '2025-03-01'))).toEqual({ send: null, skip: [], done: false });
    expect(ids(sweepReminders(state({ remindersSent: ['before-14'] }), ladder, '2025-02-27'))).toEqual({ send: 'before-3', skip: [], done: false });
  });

  it('after a missed week of sweeps sends one letter, the current step, and skips the others', () => {
    // before-14 went out on 15 February; no sweep ran from the 16th to the 8th of March.
    expect(ids(sweepReminders(state({ remindersSent: ['before-14'] }), ladder, '2025-03-09'))).toEqual({ send: 'after-7', skip: ['before-3', 'due-day'], done: false });
  });

  it('skips a step whose day came before the reminders started, never sends it late', () => {
    // Reminders from 24 February (scheduled, or its due date moved, the day before): 14 days before has passed.
    expect(ids(sweepReminders(state({ remindersFrom: '2025-02-24' }), ladder, '2025-02-24'))).toEqual({ send: null, skip: ['before-14'], done: false });
    expect(ids(sweepReminders(state({ remindersFrom: '2025-02-24', remindersSkipped: ['before-14'] }), ladder, '2025-02-26'))).toEqual({ send: 'before-3', skip: [], done: false });
    // A step that falls on the first day is not late: it is sent.
    expect(ids(sweepReminders(state({ remindersFrom: '2025-02-26' }), ladder, '2025-02-26'))).toEqual({ send: 'before-3', skip: ['before-14'], done: false });
  });

  it('holds a report that fell due before its reminders started: nothing sent, nothing skipped', () => {
    const decision = sweepReminders(state({ remindersFrom: '2025-03-20', remindersHeld: true }), ladder, '2025-03-25');
    expect(decision).toMatchObject({ send: undefined, skip: [], remindersHeld: true, done: false });
  });

  it('starts a report scheduled before any sweep at the first sweep that meets it; held when already past due', () => {
    expect(sweepReminders(state({ remindersFrom: undefined }), ladder, '2025-02-20')).toMatchObject({ send: undefined, skip: [{ id: 'before-14' }], remindersFrom: '2025-02-20', remindersHeld: false });
    expect(sweepReminders(state({ remindersFrom: undefined }), ladder, '2025-03-01')).toMatchObject({ send: { id: 'due-day' }, remindersHeld: false });
    expect(sweepReminders(state({ remindersFrom: undefined }), ladder, '2025-03-05')).toMatchObject({ send: undefined, skip: [], remindersFrom: '2025-03-05', remindersHeld: true });
  });

  it('is done when every step is sent or skipped', () => {
    expect(sweepReminders(state({ remindersSent: ['due-day', 'after-7'], remindersSkipped: ['before-14', 'before-3'] }), ladder, '2025-03-22').done).toBe(true);
  });
});

describe('where reminders start', () => {
  it('holds a report already past due at its first sweep, not one due that day', () => {
    expect(remindersStart('2025-03-01', '2025-03-02')).toEqual({ remindersFrom: '2025-03-02', remindersHeld: true });
    expect(remindersStart('2025-03-01', '2025-03-01')).toEqual({ remindersFrom: '2025-03-01', remindersHeld: false });
  });

  it('knows the sweep’s day and the next sweep’s from the sweep clock (the day after the last, later when sweeps were missed)', () => {
    const clock = { day: '2009-03-01', at: '2026-06-10T05:00:00.000Z' };
    expect(sweepToday(clock, new Date('2026-06-10T14:00:00Z'))).toBe('2009-03-01');
    expect(nextSweepDay(clock, new Date('2026-06-10T14:00:00Z'))).toBe('2009-03-02');
    expect(nextSweepDay(clock, new Date('2026-06-11T04:59:00Z'))).toBe('2009-03-02');
    expect(sweepToday(clock, new Date('2026-06-13T06:00:00Z'))).toBe('2009-03-04');
    expect(nextSweepDay(clock, new Date('2026-06-13T06:00:00Z'))).toBe('2009-03-04');
    expect(sweepToday(undefined, new Date('2026-06-13T06:00:00Z'))).toBe('2026-06-13');
    expect(nextSweepDay(undefined, new Date('2026-06-13T06:00:00Z'))).toBeUndefined();
  });
});

describe('a catch-up the secretariat starts', () => {
  const held: ReminderState = { dueDate: '2025-03-01', remindersSent: [], remindersSkipped: [], remindersFrom: '2025-04-01', remindersHeld: true };

  it('sends one letter, the latest step that has come, skips the others, and lets the rest of the ladder follow', () => {
    expect(catchUpReminders(held, ladder, '2025-03-12')).toMatchObject({ send: { id: 'after-7' }, skip: [{ id: 'before-14' }, { id: 'before-3' }, { id: 'due-day' }], remindersFrom: '2025-03-12', remindersHeld: false, done: false });
    expect(catchUpReminders(held, ladder, '2025-04-01')).toMatchObject({ send: { id: 'escalation-21' }, remindersHeld: false, done: true });
  });
});

describe('a due date moved', () => {
  it('keeps the steps sent (never sent twice), weighs the skipped ones again, starts at the next sweep, holds nothing', () => {
    expect(rescheduledReminders({ remindersSent: ['before-14'] }, '2025-02-20')).toEqual({ remindersSent: ['before-14'], remindersSkipped: [], remindersFrom: '2025-02-20', remindersHeld: false });
    expect(rescheduledReminders({ remindersSent: [] }, undefined)).toEqual({ remindersSent: [], remindersSkipped: [], remindersHeld: false });
  });

  it('to next week sends no untrue “14 days left”: that step is skipped, 3 days before is sent on its day', () => {
    // Moved on 20 February (after that day's sweep) from 1 March to 27 February.
    const moved: ReminderState = { dueDate: '2025-02-27', ...rescheduledReminders({ remindersSent: [] }, '2025-02-21') };
    expect(sweepReminders(moved, ladder, '2025-02-21')).toMatchObject({ send: undefined, skip: [{ id: 'before-14' }] });
    expect(sweepReminders({ ...moved, remindersSkipped: ['before-14'] }, ladder, '2025-02-24')).toMatchObject({ send: { id: 'before-3' }, skip: [] });
  });
});

describe('days past due', () => {
  it('counts whole days across months and years, negative before', () => {
    expect(daysPastDue('2025-03-01', '2025-02-15')).toBe(-14);
    expect(daysPastDue('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysPastDue('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysPastDue('2025-12-31', '2026-01-21')).toBe(21);
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
      remindersSkipped: [],
      remindersHeld: false,
      history: [{ at: '2025-03-01T10:00:00.000Z', status: 'upcoming', comment: 'Scheduled at admission', dueDate: '2025-07-01' }],
    });
    expect(reportsForAdmission(defaultReportPlan(2), cohort, admission, '2025-03-02T08:00:00.000Z').map((r) => r.id)).toEqual(reports.map((r) => r.id));
  });

  it('holds the reports of an admission recorded late that are past due by the next sweep, and dates their status by it', () => {
    const cohort = { id: 'c1', name: 'Pulje 2025', startDate: '2025-01-01' };
    // Decided on 1 March, recorded in August: the next sweep is on 12 August.
    const admission = { municipalityNumber: '1721', municipalityName: 'Verdal', admittedOn: '2025-03-01' };
    const reports = reportsForAdmission(defaultReportPlan(2), cohort, admission, '2025-08-11T10:00:00.000Z', '2025-08-12');
    expect(reports.map((r) => `${r.dueDate} ${r.status} ${r.remindersHeld ? 'held' : 'reminded'} from ${r.remindersFrom}`)).toEqual([
      '2025-03-01 overdue held from 2025-08-12',
      '2025-07-01 overdue held from 2025-08-12',
      '2026-01-01 upcoming reminded from 2025-08-12',
      '2026-07-01 upcoming reminded from 2025-08-12',
      '2027-01-01 upcoming reminded from 2025-08-12',
    ]);
    expect(reports[0]!.history[0]!.comment).toMatch(/no reminders until the secretariat starts a catch-up/);
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

describe('the report after a reminder decision', () => {
  const cohort = { id: 'c1', name: 'Pulje 2025', startDate: '2025-01-01' };
  const [plan] = reportsForAdmission(defaultReportPlan(2), cohort, { municipalityNumber: '1721', municipalityName: 'Verdal', admittedOn: '2025-01-02' }, '2025-01-02T10:00:00.000Z', '2025-01-03');

  it('records the letter and the skipped steps on the report and in one history entry', () => {
    const decision = sweepReminders(plan!, ladder, '2025-03-01');
    const reminded = remindedReport(plan!, decision, 'due', '2025-03-01T05:00:01.000Z')!;
    expect(reminded).toMatchObject({ status: 'due', remindersSent: ['due-day'], remindersSkipped: ['before-14', 'before-3'], remindersFrom: '2025-01-03', remindersHeld: false });
    expect(reminded.history.at(-1)).toEqual({ at: '2025-03-01T05:00:01.000Z', status: 'due', dueDate: '2025-03-01', reminderSent: 'due-day', remindersSkipped: ['before-14', 'before-3'] });
  });

  it('is undefined when the decision changes nothing (a repeated sweep writes nothing)', () => {
    expect(remindedReport(plan!, sweepReminders(plan!, ladder, '2025-02-01'), 'upcoming', '2025-02-01T05:00:00.000Z')).toBeUndefined();
  });
});
