/** The cohort and network commands: the state they return and the events they build, with no table. */
import { describe, expect, it } from 'vitest';
import { changeStatus, newCohort, planReports, transitionCohort } from '../../../shared/cohorts/commands.ts';
import { defaultReportPlan, reportPlanOf } from '../../../shared/cohorts/model.ts';
import { newNetwork, placeInNetwork } from '../../../shared/networks/commands.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';

const request = { name: 'Pulje I', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 2 as const };
const draft = newCohort(request, { id: '00000000-0000-4000-8000-000000000001', now: new Date('2007-01-01T00:00:00Z') });
const context = { correlationId: 'c-1', now: new Date('2007-01-15T08:00:00Z') };

describe('cohort commands', () => {
  it('announce each new status with its event, and refuse an illegal transition without one', () => {
    const { state, events } = transitionCohort(draft, 'open', context);
    expect(state).toEqual(changeStatus(draft, 'open', context.now));
    expect(events.map((e) => [e.metadata.eventType, e.metadata.correlationId])).toEqual([['CohortOpened', 'c-1']]);
    expect(events[0]!.data).toMatchObject({ cohortId: draft.id, cohortName: 'Pulje I', status: 'open', changedAt: '2007-01-15T08:00:00.000Z', endDate: '2009-04-01' });
    expect(transitionCohort(state, 'close', context).events[0]!.metadata.eventType).toBe('CohortClosed');
    expect(() => transitionCohort(draft, 'start', context)).toThrow('A cohort can be started only when it is closed; this one is draft');
  });

  it('set a report plan within the cohort, naming each report that falls after its end', () => {
    const plan = [{ type: 'project-plan' as const, title: 'Plan', monthsAfterStart: 3 }];
    expect(planReports(draft, plan)).toEqual({ state: { ...draft, reportPlan: plan }, events: [] });
    expect(reportPlanOf(planReports(draft, plan).state)).toEqual(plan);
    expect(reportPlanOf(draft)).toEqual(defaultReportPlan(2));
    try {
      planReports(draft, [...plan, { type: 'final-evaluation', title: 'Slutt', monthsAfterStart: 25 }]);
      expect.unreachable();
    } catch (error) {
      expect((error as Refusal).fields).toEqual([{ pointer: '/reports/1/monthsAfterStart', detail: 'The cohort lasts 24 months' }]);
    }
    expect(() => planReports({ ...draft, status: 'completed' }, plan)).toThrow('The cohort is completed');
  });
});

describe('network commands', () => {
  const cohort = { id: draft.id, name: draft.name };
  const advisor = { personId: '6f1c2b9e-4a43-4b8e-9d7a-0c1f2e3d4b5a', name: 'Ola Veileder', email: 'ola@ks.no' };
  const participants = [
    { municipalityNumber: '1721', municipalityName: 'Verdal' },
    { municipalityNumber: '1719', municipalityName: 'Levanger' },
  ];

  it('form a network of participants, announcing its members and advisor', () => {
    const { state, events } = newNetwork(cohort, { name: 'Nettverk Trøndelag', advisor, members: ['1721'] }, participants, { ...context, id: 'n-1' });
    expect(state).toEqual({ id: 'n-1', cohortId: draft.id, name: 'Nettverk Trøndelag', advisor, members: [{ municipalityNumber: '1721', municipalityName: 'Verdal' }], formedAt: '2007-01-15T08:00:00.000Z' });
    expect(events.map((e) => e.metadata.eventType)).toEqual(['NetworkFormed']);
    expect(events[0]!.data).toMatchObject({ cohortName: 'Pulje I', networkId: 'n-1', networkName: 'Nettverk Trøndelag', members: state.members });
    // The event names whom to write to, not the person's id.
    expect((events[0]!.data as { advisor: unknown }).advisor).toEqual({ name: advisor.name, email: advisor.email });
  });

  it('place a participant, and refuse a municipality that is none or is already placed', () => {
    const { state: network } = newNetwork(cohort, { name: 'N', advisor, members: ['1721'] }, participants, { ...context, id: 'n-1' });
    const { state, events } = placeInNetwork(cohort, network, '1719', participants[1], context);
    expect(state.members.map((m) => m.municipalityNumber)).toEqual(['1721', '1719']);
    expect(events[0]!.data).toMatchObject({ municipalityNumber: '1719', municipalityName: 'Levanger', members: state.members });
    expect(() => placeInNetwork(cohort, network, '0301', undefined, context)).toThrow('Only participants of the cohort can join its networks');
    expect(() => placeInNetwork(cohort, network, '1719', { ...participants[1]!, networkId: 'n-0' }, context)).toThrow('Already in a network of this cohort: 1719');
  });
});
