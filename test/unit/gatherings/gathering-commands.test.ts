/** Gatherings: the request's rules (days, sessions, deadline), the commands' (sequence, changes, seats), and the letters. */
import { describe, expect, it } from 'vitest';
import { GatheringRequest } from '../../../shared/gatherings/contract.ts';
import { cancelGathering, changeGathering, changesBetween, scheduleGathering, type LoadedHosts } from '../../../shared/gatherings/commands.ts';
import { gatheringNotice, whenText } from '../../../shared/gatherings/emails.ts';
import { firstDay, lastDay } from '../../../shared/gatherings/model.ts';
import { refusal } from '../../support/refusal.ts';

const C1 = '00000000-0000-4000-8000-000000000001';
const [G1, G2, G3, G4, G5] = [1, 2, 3, 4, 5].map((n) => `10000000-0000-4000-8000-00000000000${n}`) as [string, string, string, string, string];
const hosts: LoadedHosts = { cohorts: [{ id: C1, name: 'Pulje III', status: 'open' }] };
const context = { correlationId: 'c-1', now: new Date('2007-06-01T08:00:00Z') };
const later = { correlationId: 'c-2', now: new Date('2007-06-02T08:00:00Z') };
const none = { taken: 0, bySession: {}, mostByOneMunicipality: 0 };

const kickoff = {
  kind: 'kickoff',
  title: 'Oppstart pulje III',
  hosts: { cohortIds: [C1] },
  when: { from: '2007-08-28', to: '2007-08-29', startTime: '10:00', endTime: '15:00' },
  venue: { name: 'Thon Hotel Oslo Airport' },
  capacity: { total: 100, perMunicipality: 4 },
  registrationDeadline: '2007-08-14',
};

const request = (over: Record<string, unknown> = {}) => GatheringRequest.parse({ ...kickoff, ...over });
const problems = (over: Record<string, unknown>) => {
  const result = GatheringRequest.safeParse({ ...kickoff, ...over });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
};

describe('a gathering request', () => {
  it('takes the autumn as the seed lists it: two days, a seminar twice, a month, three cohorts', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ when: { month: '2007-10' } , registrationDeadline: undefined })).toEqual([]);
    const twice = { when: { from: '2007-09-01', to: '2007-09-03' }, sessions: [{ from: '2007-09-01', to: '2007-09-02' }, { from: '2007-09-02', to: '2007-09-03' }], registrationDeadline: undefined };
    expect(problems(twice)).toEqual([]);
    expect(problems({ hosts: { cohortIds: [C1, '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'] } })).toEqual([]);
    expect(request({}).audience).toBe('participants');
    expect(request({}).organiser).toBe('Kvalitetskommunesekretariatet');
  });

  it('refuses a gathering that ends before it starts, on the day and at the minute', () => {
    expect(problems({ when: { from: '2007-08-29', to: '2007-08-28' } })).toEqual(['when/to: The gathering ends before it starts']);
    expect(problems({ when: { from: '2007-08-29', to: '2007-08-28' }, sessions: [{ from: '2007-08-29', to: '2007-08-29' }] })).toEqual(['when/to: The gathering ends before it starts']);
    expect(problems({ when: { from: '2007-08-28', to: '2007-08-28', startTime: '10:00', endTime: '10:00' } })).toEqual(['when/to: The gathering ends before it starts']);
    expect(problems({ when: { from: '2007-08-28', to: '2007-08-28', startTime: '10:00', endTime: '10:01' } })).toEqual([]);
    expect(problems({ when: { from: '2007-08-28', to: '2007-08-29', startTime: '15:00', endTime: '10:00' } })).toEqual([]);
    expect(problems({ when: { from: '2007-08-28', to: '2007-08-28', startTime: '25:00' } })).toEqual(['when/startTime: A time is HH:MM (24 hours), Europe/Oslo']);
  });

  it('refuses a session outside its gathering’s days, naming the session and the side', () => {
    expect(problems({ sessions: [{ from: '2007-08-27', to: '2007-08-28' }] })).toEqual(['sessions/0/from: The session is outside the gathering’s days (2007-08-28 to 2007-08-29)']);
    expect(problems({ sessions: [{ from: '2007-08-29', to: '2007-08-30' }] })).toEqual(['sessions/0/to: The session is outside the gathering’s days (2007-08-28 to 2007-08-29)']);
    expect(problems({ sessions: [{ from: '2007-08-28', to: '2007-08-29' }] })).toEqual([]);
    expect(problems({ when: { month: '2007-10' }, registrationDeadline: undefined, sessions: [{ from: '2007-10-01', to: '2007-10-01' }] })).toEqual([
      'sessions/0: A gathering known only by month has no sessions yet: fix its days first',
    ]);
  });

  it('closes registration on or before the first day', () => {
    expect(problems({ registrationDeadline: '2007-08-28' })).toEqual([]);
    expect(problems({ registrationDeadline: '2007-08-29' })).toEqual(['registrationDeadline: Registration must close on or before the first day']);
  });

  it('takes cohorts or a network, not both, and no unknown field', () => {
    expect(problems({ hosts: { cohortIds: [C1], networkId: C1 } }).length).toBeGreaterThan(0);
    expect(problems({ hosts: { cohortIds: [] } }).length).toBeGreaterThan(0);
    expect(problems({ date: '2007-08-28' }).length).toBeGreaterThan(0);
  });
});

describe('gathering commands', () => {
  const scheduled = scheduleGathering(request(), hosts, { ...context, id: G1 });

  it('schedule at sequence 0, announcing the hosts by name', () => {
    expect(scheduled.state).toMatchObject({ id: G1, status: 'scheduled', sequence: 0, sessions: [], createdAt: '2007-06-01T08:00:00.000Z' });
    expect(scheduled.events.map((e) => e.metadata.eventType)).toEqual(['GatheringScheduled']);
    expect(scheduled.events[0]!.data).toMatchObject({ cohorts: [{ cohortId: C1, cohortName: 'Pulje III' }], gathering: { id: G1 } });
    expect(() => scheduleGathering(request(), { cohorts: [{ id: C1, name: 'Pulje I', status: 'completed' }] }, { ...context, id: G2 })).toThrow('Completed cohorts have no calendar any more: Pulje I');
  });

  it('grow the sequence with every change and name what changed; no change, no event', () => {
    const moved = changeGathering(scheduled.state, request({ venue: { name: 'Oslo Plaza' } }), hosts, none, later);
    expect(moved.state).toMatchObject({ sequence: 1, venue: { name: 'Oslo Plaza' }, createdAt: scheduled.state.createdAt, updatedAt: '2007-06-02T08:00:00.000Z' });
    expect(moved.events[0]!.data).toMatchObject({ changes: ['venue'], previous: { venue: { name: 'Thon Hotel Oslo Airport' } } });
    const again = changeGathering(moved.state, request({ venue: { name: 'Oslo Plaza' } }), hosts, none, later);
    expect(again).toEqual({ state: moved.state, events: [] });
  });

  it('call fixing a month-only gathering `days-fixed`, and never go back to a month', () => {
    const october = scheduleGathering(request({ when: { month: '2007-10' }, registrationDeadline: undefined }), hosts, { ...context, id: G3 }).state;
    const fixed = changeGathering(october, request({ when: { from: '2007-10-16', to: '2007-10-16' }, registrationDeadline: undefined }), hosts, none, later);
    expect(fixed.events[0]!.data).toMatchObject({ changes: ['days-fixed'] });
    const back = refusal(() => changeGathering(fixed.state, request({ when: { month: '2007-10' }, registrationDeadline: undefined }), hosts, none, later));
    expect(back.fields.map((f) => f.pointer)).toEqual(['/when']);
  });

  it('refuse a capacity below the seats taken, naming the field; exactly the taken number is fine', () => {
    const seats = { taken: 30, bySession: {}, mostByOneMunicipality: 3 };
    expect(changeGathering(scheduled.state, request({ capacity: { total: 30, perMunicipality: 3 } }), hosts, seats, later).state.capacity).toEqual({ total: 30, perMunicipality: 3 });
    const total = refusal(() => changeGathering(scheduled.state, request({ capacity: { total: 29, perMunicipality: 3 } }), hosts, seats, later));
    expect([total.kind, total.fields.map((f) => f.pointer)]).toEqual(['invalid', ['/capacity/total']]);
    const per = refusal(() => changeGathering(scheduled.state, request({ capacity: { total: 30, perMunicipality: 2 } }), hosts, seats, later));
    expect(per.fields.map((f) => f.pointer)).toEqual(['/capacity/perMunicipality']);
  });

  it('keep session ids, refuse an unknown one, and refuse removing a session with registrations', () => {
    const twice = scheduleGathering(request({ sessions: [{ from: '2007-08-28', to: '2007-08-28' }, { from: '2007-08-29', to: '2007-08-29', capacity: 20 }] }), hosts, { ...context, id: G4 }).state;
    const [first, second] = twice.sessions;
    const kept = changeGathering(twice, request({ sessions: [{ id: first!.id, from: '2007-08-28', to: '2007-08-28', title: 'Første' }, { id: second!.id, from: '2007-08-29', to: '2007-08-29', capacity: 20 }] }), hosts, none, later);
    expect(kept.state.sessions.map((s) => s.id)).toEqual([first!.id, second!.id]);
    const unknown = refusal(() => changeGathering(twice, request({ sessions: [{ id: C1, from: '2007-08-28', to: '2007-08-28' }] }), hosts, none, later));
    expect(unknown.fields.map((f) => f.pointer)).toEqual(['/sessions/0/id']);
    const seats = { taken: 5, bySession: { [second!.id]: 5 }, mostByOneMunicipality: 2 };
    const dropped = refusal(() => changeGathering(twice, request({ sessions: [{ id: first!.id, from: '2007-08-28', to: '2007-08-28' }] }), hosts, seats, later));
    expect(dropped.fields.map((f) => f.pointer)).toEqual(['/sessions']);
    const small = refusal(() => changeGathering(twice, request({ sessions: [{ id: first!.id, from: '2007-08-28', to: '2007-08-28' }, { id: second!.id, from: '2007-08-29', to: '2007-08-29', capacity: 4 }] }), hosts, seats, later));
    expect(small.fields.map((f) => f.pointer)).toEqual(['/sessions/1/capacity']);
  });

  it('cancel once, keeping the gathering with a higher sequence; a cancelled one cannot change', () => {
    const cancelled = cancelGathering(scheduled.state, 'For få påmeldte', hosts, later);
    expect(cancelled.state).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(cancelled.events[0]!.data).toMatchObject({ reason: 'For få påmeldte', gathering: { status: 'cancelled' } });
    expect(() => cancelGathering(cancelled.state, 'igjen', hosts, later)).toThrow('The gathering is cancelled already');
    expect(() => changeGathering(cancelled.state, request(), hosts, none, later)).toThrow('The gathering is cancelled: schedule a new one');
  });

  it('store an unlimited gathering without a capacity (no empty map reaches the outbox stream)', () => {
    expect('capacity' in scheduleGathering(request({ capacity: {} }), hosts, { ...context, id: G5 }).state).toBe(false);
    expect('capacity' in scheduleGathering(request({ capacity: undefined }), hosts, { ...context, id: G5 }).state).toBe(false);
  });

  it('list what changed in a fixed order', () => {
    const after = { ...scheduled.state, title: 'Ny', capacity: { total: 1 }, registrationDeadline: undefined };
    expect(changesBetween(scheduled.state, after)).toEqual(['title', 'capacity', 'registration-deadline']);
  });
});

describe('gathering days and letters', () => {
  it('places a month-only gathering on its month’s first and last day', () => {
    expect([firstDay({ month: '2007-10' }), lastDay({ month: '2007-10' })]).toEqual(['2007-10-01', '2007-10-31']);
    expect(lastDay({ month: '2008-02' })).toBe('2008-02-29');
  });

  it('writes the days as a letter does, in bokmål and nynorsk', () => {
    expect(whenText({ from: '2007-08-28', to: '2007-08-29', startTime: '10:00', endTime: '15:00' }, 'nb')).toBe('28. august 2007 kl. 10:00 – 29. august 2007 kl. 15:00');
    expect(whenText({ from: '2007-09-01', to: '2007-09-01', startTime: '09:00', endTime: '16:00' }, 'nb')).toBe('1. september 2007 kl. 09:00–16:00');
    expect(whenText({ month: '2007-10' }, 'nb')).toBe('oktober 2007 (datoen er ikke fastsatt ennå)');
    expect(whenText({ month: '2007-10' }, 'nn')).toBe('oktober 2007 (datoen er ikkje fastsett enno)');
  });

  it('announces, tells what changed (old and new) and tells why it was cancelled', () => {
    const to = { name: 'Kari', address: 'kari@verdal.kommune.no' };
    const g = scheduleGathering(request({ when: { month: '2007-10' }, registrationDeadline: undefined }), hosts, { ...context, id: G5 }).state;
    expect(gatheringNotice(g, { kind: 'scheduled' }, 'Pulje III', to, 'nb').subject).toBe('Ny samling: Oppstart pulje III (Pulje III)');
    const fixed = changeGathering(g, request({ when: { from: '2007-10-16', to: '2007-10-16' }, registrationDeadline: undefined }), hosts, none, later).state;
    const nn = gatheringNotice(fixed, { kind: 'changed', changes: ['days-fixed'], previous: g }, 'Pulje III', to, 'nn');
    expect(nn.subject).toBe('Dato fastsett: Oppstart pulje III (Pulje III)');
    expect(nn.text).toContain('- datoen er fastsett: oktober 2007 (datoen er ikkje fastsett enno) → 16. oktober 2007');
    const cancelled = gatheringNotice(fixed, { kind: 'cancelled', reason: 'For få påmeldte' }, 'Pulje III', to, 'nb');
    expect(cancelled.subject).toBe('Avlyst: Oppstart pulje III (Pulje III)');
    expect(cancelled.text).toContain('Begrunnelse:\n> For få påmeldte');
  });
});
