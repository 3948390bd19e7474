/**
 * Assessment before decision and the steering group's meeting as pure commands: each mandatory
 * element exactly once; a decision against the recommendation only with a reason; the meeting's
 * transaction size on both sides of its limit; all or nothing, naming each item; and each decision
 * the single decision's own (the same events, the same participant).
 */
import { describe, expect, it } from 'vitest';
import { assess, elementsProblem } from '../../../shared/applications/assessment.ts';
import { MANDATORY_ELEMENTS } from '../../../shared/applications/assessment-model.ts';
import { decide, submit } from '../../../shared/applications/commands.ts';
import type { Application } from '../../../shared/applications/contract.ts';
import { ensureMeetingFits, holdMeeting, meetingItems, type MeetingContext } from '../../../shared/applications/steering-group.ts';
import type { Municipality } from '../../../shared/municipalities/model.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';
import { completeApplication } from '../../support/fixtures.ts';

const cohort = { id: 'c0000000-0000-4000-8000-000000000001', name: 'Pulje I', status: 'closed' as const };
const register = (number: string, name: string): Municipality => ({ number, name, countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '1964-01-01', writtenStandard: 'bokmal' });
const verdal = register('1721', 'Verdal');
const levanger = register('1719', 'Levanger');
const now = new Date('2007-03-30T12:00:00Z');
const context = { correlationId: 'corr-1', now };
const allMet = MANDATORY_ELEMENTS.map((element) => ({ element, met: true }));
const types = (events: readonly { metadata: { eventType: string } }[]) => events.map((e) => e.metadata.eventType);

function submitted(municipality: Municipality, id: string): Application {
  return submit({ ...completeApplication(), cohortId: cohort.id }, { id, municipality, correlationId: 'c0', now: new Date('2007-03-01T10:00:00Z') }).state;
}
const a1 = '00000000-0000-4000-8000-0000000000a1';
const a2 = '00000000-0000-4000-8000-0000000000a2';

function meetingContext(applications: Application[]): MeetingContext {
  return {
    ...context,
    meetingId: 'm1',
    recordedBy: 'secretariat-1',
    cohort,
    applications: new Map(applications.map((a) => [a.id, { value: a, version: 3 }])),
    municipalities: new Map([
      ['1721', verdal],
      ['1719', levanger],
    ]),
  };
}

function refusalOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('Not refused');
}

describe('the assessment', () => {
  it('names what is missing and what is repeated, and nothing when each element is there once', () => {
    expect(elementsProblem(MANDATORY_ELEMENTS)).toBeUndefined();
    expect(elementsProblem(MANDATORY_ELEMENTS.slice(1))).toMatch(/missing: focus-areas$/);
    expect(elementsProblem([...MANDATORY_ELEMENTS, 'approach', 'approach'])).toMatch(/more than once: approach$/);
    expect(elementsProblem([])).toMatch(`missing: ${MANDATORY_ELEMENTS.join(', ')}`);
  });

  it('is recorded on a submitted application, counting its version up, with ApplicationAssessed', () => {
    const first = assess(submitted(verdal, a1), { elements: allMet, recommendation: 'admit', reasoning: 'Godt' }, { ...context, assessedBy: 's1' });
    expect(first.assessment).toMatchObject({ version: 1, assessedBy: 's1', assessedAt: now.toISOString() });
    expect(types(first.events)).toEqual(['ApplicationAssessed']);
    const second = assess(first.state, { elements: allMet.map((e) => (e.element === 'political-decision' ? { ...e, met: false } : e)), recommendation: 'reject', reasoning: 'Mangler vedtak' }, { ...context, assessedBy: 's1' });
    expect(second.assessment.version).toBe(2);
    expect(second.events[0]!.data).toMatchObject({ version: 2, recommendation: 'reject', elementsNotMet: ['political-decision'] });
  });

  it('is refused for an application not awaiting its decision (409), and for an element missing (422 naming /elements)', () => {
    const application = submitted(verdal, a1);
    const decided = decide(application, { outcome: 'rejected', reason: 'Nei', decidedBy: 's1' }, { ...context, cohort, municipality: verdal }).state;
    expect(refusalOf(() => assess(decided, { elements: allMet, recommendation: 'admit', reasoning: 'x' }, { ...context, assessedBy: 's1' })).kind).toBe('conflict');
    const missing = refusalOf(() => assess(application, { elements: allMet.slice(1), recommendation: 'admit', reasoning: 'x' }, { ...context, assessedBy: 's1' }));
    expect([missing.kind, missing.fields.map((f) => f.pointer)]).toEqual(['invalid', ['/elements']]);
  });
});

describe('the meeting’s size', () => {
  it('counts 5 items per admission, 3 per rejection, 2 for the meeting', () => {
    expect(meetingItems([{ outcome: 'admitted' }, { outcome: 'rejected' }])).toBe(10);
  });

  it('fits 19 admissions in 99 items, not 20; 32 rejections, not 33', () => {
    const admissions = (n: number) => Array.from({ length: n }, () => ({ outcome: 'admitted' as const }));
    const rejections = (n: number) => Array.from({ length: n }, () => ({ outcome: 'rejected' as const }));
    expect(() => ensureMeetingFits(admissions(19), 99)).not.toThrow();
    expect(() => ensureMeetingFits(rejections(32), 99)).not.toThrow();
    for (const tooMany of [admissions(20), rejections(33)]) {
      const refused = refusalOf(() => ensureMeetingFits(tooMany, 99));
      expect(refused.fields).toEqual([{ pointer: '/decisions', detail: expect.stringContaining('at most 19 admissions, or 32 rejections') }]);
    }
  });
});

describe('holding a meeting', () => {
  it('decides each application with the single decision’s command: the same events and participant', () => {
    const verdalApplication = submitted(verdal, a1);
    const levangerApplication = submitted(levanger, a2);
    const held = holdMeeting(
      { meetingDate: '2007-03-29', decisions: [{ applicationId: a1, outcome: 'admitted', reason: 'Ja' }, { applicationId: a2, outcome: 'rejected', reason: 'Nei' }] },
      meetingContext([verdalApplication, levangerApplication]),
    );
    const single = decide(verdalApplication, { outcome: 'admitted', reason: 'Ja', decidedBy: 'secretariat-1', decidedOn: '2007-03-29' }, { ...context, cohort, municipality: verdal });
    expect(held.decisions[0]!.state).toEqual(single.state);
    expect(held.decisions[0]!.participant).toEqual(single.participant);
    expect(held.decisions[0]!.events.map((e) => e.data)).toEqual(single.events.map((e) => e.data));
    expect(held.decisions.map((d) => [d.version, types(d.events)])).toEqual([
      [3, ['ApplicationDecided', 'MunicipalityAdmitted']],
      [3, ['ApplicationDecided']],
    ]);
    expect(types(held.events)).toEqual(['SteeringGroupMeetingHeld']);
    expect(held.meeting).toMatchObject({ id: 'm1', meetingDate: '2007-03-29', admitted: 1, rejected: 1 });
  });

  it('quotes the assessment’s reasoning when the steering group follows it without a reason; asks for one otherwise', () => {
    const assessed = assess(submitted(verdal, a1), { elements: allMet, recommendation: 'admit', reasoning: 'Alt på plass' }, { ...context, assessedBy: 's1' }).state;
    const followed = holdMeeting({ meetingDate: '2007-03-29', decisions: [{ applicationId: a1, outcome: 'admitted' }] }, meetingContext([assessed]));
    expect(followed.decisions[0]!.state.decision!.reason).toBe('Alt på plass');
    expect(followed.events[0]!.data).toMatchObject({ decisions: [{ followsRecommendation: true }] });
    const against = refusalOf(() => holdMeeting({ meetingDate: '2007-03-29', decisions: [{ applicationId: a1, outcome: 'rejected' }] }, meetingContext([assessed])));
    expect(against.fields).toEqual([{ pointer: '/decisions/0/reason', detail: expect.stringContaining('recommendation (admit)') }]);
    const unassessed = refusalOf(() => holdMeeting({ meetingDate: '2007-03-29', decisions: [{ applicationId: a1, outcome: 'admitted' }] }, meetingContext([submitted(verdal, a1)])));
    expect(unassessed.fields).toEqual([{ pointer: '/decisions/0/reason', detail: 'The application is not assessed: give the reason' }]);
  });

  it('refuses the whole meeting, naming each item: unknown, of another cohort, repeated (422); decided already (409)', () => {
    const other = { ...submitted(levanger, a2), cohortId: 'c0000000-0000-4000-8000-000000000002' };
    const invalid = refusalOf(() =>
      holdMeeting(
        { meetingDate: '2007-03-29', decisions: [{ applicationId: a1, outcome: 'admitted', reason: 'Ja' }, { applicationId: a2, outcome: 'admitted', reason: 'Ja' }, { applicationId: a1, outcome: 'admitted', reason: 'Ja' }] },
        meetingContext([submitted(verdal, a1), other]),
      ),
    );
    expect([invalid.kind, invalid.fields.map((f) => f.pointer)]).toEqual(['invalid', ['/decisions/1/applicationId', '/decisions/2/applicationId']]);
    const decided = decide(submitted(verdal, a1), { outcome: 'rejected', reason: 'Nei', decidedBy: 's1' }, { ...context, cohort, municipality: verdal }).state;
    const conflict = refusalOf(() => holdMeeting({ meetingDate: '2007-03-29', decisions: [{ applicationId: a2, outcome: 'rejected', reason: 'Nei' }, { applicationId: a1, outcome: 'admitted', reason: 'Ja' }] }, meetingContext([submitted(levanger, a2), decided])));
    expect([conflict.kind, conflict.fields]).toEqual(['conflict', [{ pointer: '/decisions/1/applicationId', detail: 'Verdal (1721): Only a submitted application can be decided; this application is rejected' }]]);
  });

  it('refuses a meeting dated tomorrow, allows today; refuses a cohort that no longer takes decisions', () => {
    const decisions = [{ applicationId: a1, outcome: 'rejected' as const, reason: 'Nei' }];
    expect(refusalOf(() => holdMeeting({ meetingDate: '2007-03-31', decisions }, meetingContext([submitted(verdal, a1)]))).fields[0]!.pointer).toBe('/meetingDate');
    expect(() => holdMeeting({ meetingDate: '2007-03-30', decisions }, meetingContext([submitted(verdal, a1)]))).not.toThrow();
    const completed = { ...meetingContext([submitted(verdal, a1)]), cohort: { ...cohort, status: 'completed' as const } };
    expect(refusalOf(() => holdMeeting({ meetingDate: '2007-03-30', decisions }, completed)).kind).toBe('conflict');
  });
});
