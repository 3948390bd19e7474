/** The sign-up rules on both sides of every boundary: deadline, start, audience, role, session, capacities, the waiting list, missed gatherings, reminders. */
import { describe, expect, it } from 'vitest';
import { checkAttendance, checkCancellation, checkSignUp, fullCapacity, lastRegistrationDay, missedGatherings, nextToMoveUp, seatLimits, type AttendeeFacts, type Registration } from '../../../shared/gatherings/registrations.ts';
import { dueReminderStep, GatheringReminderSchedule } from '../../../shared/gatherings/registration-reminders.ts';
import { movedUpLetter, reminderLetter } from '../../../shared/gatherings/registration-emails.ts';
import { refusal } from '../../support/refusal.ts';
import { gatheringRecord } from '../../support/gatherings.ts';

const named: AttendeeFacts = { kind: 'named', name: 'Kari', email: 'kari@verdal.kommune.no' };
const person = (roles: string[], organisation = '1721', active = true): AttendeeFacts => ({ kind: 'person', personId: 'p1', name: 'Per', email: 'per@verdal.kommune.no', organisation, roles, active });
const gathering = gatheringRecord({ when: { from: '2007-09-01', to: '2007-09-02' }, registrationDeadline: '2007-08-20' });
const sign = (g = gathering, today = "2007-08-20", attendees: AttendeeFacts[] = [named], inAudience = true, caller: 'municipality' | 'secretariat' = 'municipality', sessionId?: string) =>
  checkSignUp(g, { municipalityNumber: '1721', sessionId, attendees }, { inAudience }, today, caller);

describe('the registration deadline (Europe/Oslo days)', () => {
  it('is open on the deadline and closed the day after', () => {
    expect(() => sign(gathering, '2007-08-20')).not.toThrow();
    const late = refusal(() => sign(gathering, '2007-08-21'));
    expect(late.kind).toBe('conflict');
    expect(late.message).toContain('rule: registration-deadline');
  });
  it('without a deadline, is open until the day before the first day', () => {
    const open = gatheringRecord({ when: { from: '2007-09-01', to: '2007-09-01' } });
    expect(lastRegistrationDay(open)).toBe('2007-08-31');
    expect(() => sign(open, '2007-08-31')).not.toThrow();
    expect(refusal(() => sign(open, '2007-09-01')).message).toContain('registration-deadline');
  });
  it('lets the secretariat sign up after the deadline, until the gathering starts', () => {
    expect(() => sign(gathering, '2007-08-31', [named], true, 'secretariat')).not.toThrow();
    expect(refusal(() => sign(gathering, '2007-09-01', [named], true, 'secretariat')).message).toContain('rule: gathering-started');
  });
});

describe('the audience', () => {
  it('refuses a municipality outside it (409, naming the rule), accepts one inside', () => {
    const outside = refusal(() => sign(gathering, '2007-08-01', [named], false));
    expect(outside.kind).toBe('conflict');
    expect(outside.message).toContain('rule: audience');
  });
  it('for a role-limited audience needs a person with that role', () => {
    const union = gatheringRecord({ ...gathering, audience: 'union-representatives' });
    expect(() => sign(union, '2007-08-01', [person(['union-representative'])])).not.toThrow();
    expect(refusal(() => sign(union, '2007-08-01', [person(['project-leader'])])).message).toContain('rule: audience-role');
    expect(refusal(() => sign(union, '2007-08-01', [named])).message).toContain('rule: audience-role');
  });
  it('refuses a person of another municipality, or an inactive one, naming the attendee', () => {
    expect(refusal(() => sign(gathering, '2007-08-01', [named, person([], '1719')])).fields[0]!.pointer).toBe('/attendees/1/personId');
    expect(refusal(() => sign(gathering, '2007-08-01', [person([], '1721', false)])).fields[0]!.pointer).toBe('/attendees/0/personId');
  });
  it('refuses any sign-up for a cancelled gathering', () => {
    expect(refusal(() => sign({ ...gathering, status: 'cancelled' }, '2007-08-01')).message).toContain('rule: gathering-cancelled');
  });
});

describe('sessions', () => {
  const s1 = { id: '00000000-0000-4000-8000-000000000001', from: '2007-09-01', to: '2007-09-01', capacity: 2 };
  const withSessions = gatheringRecord({ ...gathering, sessions: [s1] });
  it('are required when the gathering has them (422 naming sessionId) and must be its own', () => {
    expect(refusal(() => sign(withSessions, '2007-08-01')).fields[0]!.pointer).toBe('/sessionId');
    expect(refusal(() => sign(withSessions, '2007-08-01', [named], true, 'municipality', 'nope')).fields[0]!.pointer).toBe('/sessionId');
    expect(sign(withSessions, '2007-08-01', [named], true, 'municipality', s1.id)).toEqual(s1);
  });
  it('are refused when the gathering has none', () => {
    expect(refusal(() => sign(gathering, '2007-08-01', [named], true, 'municipality', s1.id)).fields[0]!.pointer).toBe('/sessionId');
  });
});

describe('capacities', () => {
  const limits = { total: 10, session: 4, perMunicipality: 3 };
  it('fit one more seat just below each limit, and not at it', () => {
    expect(fullCapacity({ taken: 9, bySession: { s: 3 }, municipality: 2 }, limits, 's')).toBeUndefined();
    expect(fullCapacity({ taken: 10, bySession: { s: 3 }, municipality: 2 }, limits, 's')).toBe('total');
    expect(fullCapacity({ taken: 9, bySession: { s: 4 }, municipality: 2 }, limits, 's')).toBe('session');
    expect(fullCapacity({ taken: 9, bySession: { s: 3 }, municipality: 3 }, limits, 's')).toBe('municipality');
    expect(fullCapacity({ taken: 1_000, bySession: {}, municipality: 1_000 }, {}, undefined)).toBeUndefined();
  });
  it('take the session’s own capacity', () => {
    const g = gatheringRecord({ capacity: { total: 10, perMunicipality: 3 }, sessions: [{ id: 's', from: '2099-09-01', to: '2099-09-01', capacity: 4 }] });
    expect(seatLimits(g, 's')).toEqual({ ...limits, sequence: 0 });
    expect(seatLimits(g, undefined)).toEqual({ sequence: 0, total: 10, session: undefined, perMunicipality: 3 });
  });
});

const registration = (id: string, status: Registration['status'], position?: number, municipalityNumber = '1721'): Registration => ({
  id, gatheringId: 'g', municipalityNumber, attendee: { name: id, email: `${id}@k.no` }, status, ...(position ? { position } : {}), registeredAt: '2007-08-01T10:00:00Z', registeredBy: 'test',
});

describe('the waiting list', () => {
  it('moves up the first that fits, skipping a municipality at its own limit', () => {
    const list = [registration('a', 'waitlisted', 2, '1721'), registration('b', 'waitlisted', 1, '1721'), registration('c', 'waitlisted', 3, '1719')];
    const seats = (r: Registration) => ({ taken: 5, bySession: {}, municipality: r.municipalityNumber === '1721' ? 3 : 0 });
    expect(nextToMoveUp(list, seats, () => ({ total: 6, perMunicipality: 3 }))?.id).toBe('c');
    expect(nextToMoveUp(list, seats, () => ({ total: 6, perMunicipality: 4 }))?.id).toBe('b');
    expect(nextToMoveUp(list, seats, () => ({ total: 5 }))).toBeUndefined();
  });
});

describe('cancelling', () => {
  it('is the municipality’s up to its last day, the secretariat’s until the gathering ends', () => {
    const seated = registration('a', 'registered');
    expect(() => checkCancellation(gathering, seated, '2007-08-20', 'municipality')).not.toThrow();
    expect(refusal(() => checkCancellation(gathering, seated, '2007-08-21', 'municipality')).message).toContain('rule: registration-deadline');
    expect(() => checkCancellation(gathering, seated, '2007-09-02', 'secretariat')).not.toThrow();
    expect(refusal(() => checkCancellation(gathering, seated, '2007-09-03', 'secretariat')).message).toContain('rule: gathering-ended');
    expect(refusal(() => checkCancellation(gathering, registration('b', 'cancelled'), '2007-08-01', 'secretariat')).message).toContain('rule: already-cancelled');
  });
});

describe('attendance', () => {
  const seated = new Map([['a', registration('a', 'registered')], ['w', registration('w', 'waitlisted', 1)]]);
  it('is recorded from the first day, for seated registrations only', () => {
    expect(refusal(() => checkAttendance(gathering, '2007-08-31', [], seated)).message).toContain('rule: not-started');
    expect(() => checkAttendance(gathering, '2007-09-01', [{ registrationId: 'a' }], seated)).not.toThrow();
    expect(refusal(() => checkAttendance(gathering, '2007-09-01', [{ registrationId: 'w' }], seated)).fields[0]!.pointer).toBe('/records/0/registrationId');
  });
  it('cannot be recorded for a gathering known only by month', () => {
    expect(refusal(() => checkAttendance(gatheringRecord({ when: { month: '2007-10' } }), '2007-10-15', [], seated)).message).toContain('not-started');
  });
});

describe('missed gatherings', () => {
  const summary = { gatheringId: 'g1', title: 'Læringsseminar', kind: 'learning-seminar', firstDay: '2007-09-01', lastDay: '2007-09-02', cohortIds: ['c1'], attendedBy: ['1721'], recordedAt: '2007-09-03T10:00:00Z' };
  const network = { ...summary, gatheringId: 'g2', title: 'Nettverkssamling', cohortIds: [], networkId: 'n1', attendedBy: [] };
  const members = [
    { municipalityNumber: '1721', municipalityName: 'Verdal', cohortId: 'c1', networkId: 'n1', admittedOn: '2007-03-30' },
    { municipalityNumber: '1719', municipalityName: 'Levanger', cohortId: 'c1', admittedOn: '2007-03-30' },
    { municipalityNumber: '1702', municipalityName: 'Steinkjer', cohortId: 'c1', admittedOn: '2007-09-03' },
    { municipalityNumber: '0301', municipalityName: 'Oslo', cohortId: 'c2', admittedOn: '2007-03-30' },
  ];
  it('counts the hosts’ participants admitted by the last day, once the gathering has ended', () => {
    const result = missedGatherings([summary, network], members, '2007-09-03');
    expect(result.map((r) => [r.municipalityNumber, r.expected, r.missed.map((m) => m.gatheringId)])).toEqual([
      ['0301', 0, []],
      ['1702', 0, []],
      ['1719', 1, ['g1']],
      ['1721', 2, ['g2']],
    ]);
  });
  it('does not count a gathering on its last day', () => {
    expect(missedGatherings([summary], members, '2007-09-02').every((r) => r.expected === 0)).toBe(true);
  });
});

describe('reminder steps', () => {
  const schedule = GatheringReminderSchedule.parse({ daysBefore: [7, 1] });
  it('sends the latest step whose day has come, none before the first step or on the first day', () => {
    expect(dueReminderStep('2007-08-24', '2007-09-01', schedule)).toBeUndefined();
    expect(dueReminderStep('2007-08-25', '2007-09-01', schedule)).toBe(7);
    expect(dueReminderStep('2007-08-30', '2007-09-01', schedule)).toBe(7);
    expect(dueReminderStep('2007-08-31', '2007-09-01', schedule)).toBe(1);
    expect(dueReminderStep('2007-09-01', '2007-09-01', schedule)).toBeUndefined();
  });
  it('refuses a step given twice', () => {
    expect(GatheringReminderSchedule.safeParse({ daysBefore: [7, 7] }).success).toBe(false);
  });
});

describe('the letters', () => {
  const about = { gathering: gatheringRecord({ when: { from: '2007-08-28', to: '2007-08-29', startTime: '10:00' } }), attendeeName: 'Kari' };
  it('are written in bokmål and nynorsk', () => {
    const to = { name: 'Kari', address: 'kari@verdal.kommune.no' };
    expect(movedUpLetter(about, to, 'nb').text).toContain('ventelisten');
    expect(movedUpLetter(about, to, 'nn').text).toContain('ventelista');
    expect(reminderLetter({ ...about, daysBefore: 1 }, to, 'nb').subject).toContain('i morgen');
    expect(reminderLetter({ ...about, daysBefore: 7 }, to, 'nn').subject).toContain('om 7 dagar');
    expect(reminderLetter({ ...about, daysBefore: 7 }, to, 'nb').text).toContain('28. august–29. august 2007, kl. 10:00');
  });
});
