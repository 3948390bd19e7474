import { describe, expect, it } from 'vitest';
import { decide, newDraft, submitDraft, updateDraft, withdraw } from '../../../shared/applications/lifecycle.ts';
import { APPLICATION_STATUSES, applicationActionRefusal } from '../../../shared/applications/model.ts';
import { networkMembers } from '../../../shared/networks/model.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';
import { completeApplication } from '../../support/fixtures.ts';

const context = { id: 'a1', municipality: { number: '1721', name: 'Verdal' }, now: new Date('2007-02-01T10:00:00Z') };
const later = new Date('2007-02-10T10:00:00Z');

describe('application actions by status', () => {
  const allowed: Record<string, string[]> = {
    update: ['draft'],
    submit: ['draft'],
    withdraw: ['draft', 'submitted'],
    decide: ['submitted'],
  };
  for (const [action, statuses] of Object.entries(allowed)) {
    for (const status of APPLICATION_STATUSES) {
      it(`${action} on ${status}: ${statuses.includes(status) ? 'allowed' : 'refused'}`, () => {
        expect(applicationActionRefusal(status, action as 'update') === undefined).toBe(statuses.includes(status));
      });
    }
  }
});

describe('a draft’s life', () => {
  const draft = newDraft({ cohortId: 'c1', focusAreas: ['care'] }, context);

  it('starts as a draft with what was sent', () => {
    expect(draft).toMatchObject({ status: 'draft', focusAreas: ['care'], createdAt: '2007-02-01T10:00:00.000Z' });
    expect(draft.submittedAt).toBeUndefined();
  });

  it('refuses submission while incomplete and names every missing element', () => {
    try {
      submitDraft(draft, later);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Refusal);
      expect((error as Refusal).kind).toBe('invalid');
      expect((error as Refusal).fields.map((f) => f.pointer)).toEqual(['/projectLeader', '/approach', '/sickLeaveTarget', '/steeringGroup', '/politicalDecision']);
    }
  });

  it('submits once complete, keeping earlier parts', () => {
    const { focusAreas: _f, ...rest } = completeApplication();
    const submitted = submitDraft(updateDraft(draft, rest, later), later);
    expect(submitted).toMatchObject({ status: 'submitted', focusAreas: ['care'], submittedAt: '2007-02-10T10:00:00.000Z' });
  });

  it('is decided once, with who and why', () => {
    const submitted = submitDraft(updateDraft(draft, completeApplication(), later), later);
    const admitted = decide(submitted, { outcome: 'admitted', reason: 'God søknad', decidedBy: 's1' }, later);
    expect(admitted).toMatchObject({ status: 'admitted', decision: { outcome: 'admitted', reason: 'God søknad', decidedBy: 's1', decidedOn: '2007-02-10', decidedAt: later.toISOString() } });
    expect(() => decide(admitted, { outcome: 'rejected', reason: 'x', decidedBy: 's1' }, later)).toThrow('Only a submitted application can be decided; this application is admitted');
    expect(() => withdraw(admitted, later)).toThrow(Refusal);
  });

  it('dates the decision on the steering group’s day, never in the future', () => {
    const submitted = submitDraft(updateDraft(draft, completeApplication(), later), later);
    expect(decide(submitted, { outcome: 'rejected', reason: 'r', decidedBy: 's1' }, later).decision?.decidedOn).toBe('2007-02-10');
    expect(decide(submitted, { outcome: 'admitted', reason: 'r', decidedBy: 's1', decidedOn: '2007-02-08' }, later).decision?.decidedOn).toBe('2007-02-08');
    expect(() => decide(submitted, { outcome: 'admitted', reason: 'r', decidedBy: 's1', decidedOn: '2007-02-11' }, later)).toThrow('A decision cannot be dated in the future');
  });

  it('can be withdrawn before the decision', () => {
    expect(withdraw(draft, later)).toMatchObject({ status: 'withdrawn', withdrawnAt: later.toISOString() });
  });
});

describe('networkMembers', () => {
  const participants = [
    { municipalityNumber: '1721', municipalityName: 'Verdal' },
    { municipalityNumber: '1719', municipalityName: 'Levanger', networkId: 'n0' },
  ];

  it('names the members', () => {
    expect(networkMembers(['1721'], participants)).toEqual([{ municipalityNumber: '1721', municipalityName: 'Verdal' }]);
  });

  it('refuses non-participants with a pointer to each', () => {
    try {
      networkMembers(['1721', '0301', '1103'], participants);
      expect.unreachable();
    } catch (error) {
      expect((error as Refusal).fields.map((f) => f.pointer)).toEqual(['/members/1', '/members/2']);
    }
  });

  it('refuses a municipality already in a network of the cohort', () => {
    expect(() => networkMembers(['1719'], participants)).toThrow('Already in a network of this cohort: 1719');
  });
});
