/** The application commands: each state change with the events it causes, built without I/O. */
import { describe, expect, it } from 'vitest';
import { decide, saveDraft, submit, submitDraft, updateDraft, withdraw } from '../../../shared/applications/commands.ts';
import type { Municipality } from '../../../shared/municipalities/model.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';
import { completeApplication } from '../../support/fixtures.ts';

const verdal: Municipality = { number: '1721', name: 'Verdal', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '1964-01-01', writtenStandard: 'nynorsk' };
const cohort = { id: 'c0000000-0000-4000-8000-000000000001', name: 'Pulje II' };
const created = { id: '8d5e1f9e-0000-4000-8000-000000000001', municipality: verdal, correlationId: 'corr-1', now: new Date('2007-03-01T10:00:00Z') };
const later = { correlationId: 'corr-2', now: new Date('2007-03-10T10:00:00Z') };
const types = (events: readonly { metadata: { eventType: string } }[]) => events.map((e) => e.metadata.eventType);

describe('application commands', () => {
  it('a submission in one go is announced, with the municipality’s written standard and the request’s correlation id', () => {
    const { state, events } = submit({ ...completeApplication(), cohortId: cohort.id }, created);
    expect(state.status).toBe('submitted');
    expect(types(events)).toEqual(['ApplicationSubmitted']);
    expect(events[0]).toMatchObject({
      metadata: { correlationId: 'corr-1', occurredAt: '2007-03-01T10:00:00.000Z' },
      data: { applicationId: created.id, cohortId: cohort.id, municipalityNumber: '1721', writtenStandard: 'nynorsk', submittedAt: '2007-03-01T10:00:00.000Z' },
    });
  });

  it('a draft and its changes announce nothing; its submission does', () => {
    const draft = saveDraft({ cohortId: cohort.id, focusAreas: ['care'] }, created);
    expect(draft.events).toEqual([]);
    const updated = updateDraft(draft.state, completeApplication(), later);
    expect(updated.events).toEqual([]);
    const submitted = submitDraft(updated.state, verdal, later);
    expect(submitted.state.status).toBe('submitted');
    expect(types(submitted.events)).toEqual(['ApplicationSubmitted']);
    expect(submitted.events[0]!.data).toMatchObject({ submittedAt: '2007-03-10T10:00:00.000Z' });
  });

  it('a withdrawal is announced with its moment; after a decision it is refused and announces nothing', () => {
    const { state } = submit({ ...completeApplication(), cohortId: cohort.id }, created);
    const withdrawn = withdraw(state, later);
    expect(types(withdrawn.events)).toEqual(['ApplicationWithdrawn']);
    expect(withdrawn.events[0]!.data).toEqual({ applicationId: state.id, cohortId: cohort.id, municipalityNumber: '1721', municipalityName: 'Verdal', withdrawnAt: '2007-03-10T10:00:00.000Z' });
    const decided = decide(state, { outcome: 'rejected', reason: 'Nei', decidedBy: 's1' }, { ...later, cohort, municipality: verdal });
    expect(() => withdraw(decided.state, later)).toThrow(Refusal);
  });

  it('an admission makes a participant from the application and announces both the decision and the admission', () => {
    const { state } = submit({ ...completeApplication(), cohortId: cohort.id }, created);
    const { state: admitted, participant, events } = decide(state, { outcome: 'admitted', reason: 'God søknad', decidedBy: 's1', decidedOn: '2007-03-09' }, { ...later, cohort, municipality: verdal });
    expect(admitted.status).toBe('admitted');
    expect(participant).toMatchObject({ cohortId: cohort.id, cohortName: 'Pulje II', municipalityNumber: '1721', applicationId: state.id, admittedOn: '2007-03-09', goals: ['Redusere uønsket deltid'] });
    expect(types(events)).toEqual(['ApplicationDecided', 'MunicipalityAdmitted']);
    expect(events[0]!.data).toMatchObject({ outcome: 'admitted', cohortName: 'Pulje II', writtenStandard: 'nynorsk', reason: 'God søknad' });
    expect(events[1]!.data).toMatchObject({ admittedOn: '2007-03-09', sickLeaveTarget: completeApplication().sickLeaveTarget });
  });

  it('a rejection makes no participant and announces only the decision', () => {
    const { state } = submit({ ...completeApplication(), cohortId: cohort.id }, created);
    const rejected = decide(state, { outcome: 'rejected', reason: 'Ikke nå', decidedBy: 's1' }, { ...later, cohort, municipality: verdal });
    expect(rejected.participant).toBeUndefined();
    expect(types(rejected.events)).toEqual(['ApplicationDecided']);
  });
});
