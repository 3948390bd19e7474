import { describe, expect, it } from 'vitest';
import { acceptsApplications, acceptsDecisions, acceptsPlanning, cohortEndDate, cohortTransition, COHORT_ACTIONS, COHORT_STATUSES } from '../../../shared/cohorts/model.ts';
import { changeStatus, newCohort } from '../../../shared/cohorts/commands.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';

const request = { name: 'Pulje I', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 3 as const };

describe('cohort lifecycle', () => {
  const allowed: Record<string, string> = { 'draft:open': 'open', 'open:close': 'closed', 'closed:start': 'started', 'started:complete': 'completed' };

  for (const status of COHORT_STATUSES) {
    for (const action of COHORT_ACTIONS) {
      const key = `${status}:${action}`;
      it(`${action} on a ${status} cohort ${allowed[key] ? `leads to ${allowed[key]}` : 'is refused'}`, () => {
        const result = cohortTransition(status, action);
        if (allowed[key]) expect(result).toEqual({ ok: true, from: status, to: allowed[key] });
        else expect(result.ok).toBe(false);
      });
    }
  }

  it('explains a refused transition with the current status', () => {
    const cohort = newCohort(request, { id: 'c1', now: new Date('2007-01-01T00:00:00Z') });
    expect(() => changeStatus(cohort, 'start', new Date())).toThrow(Refusal);
    expect(() => changeStatus(cohort, 'start', new Date())).toThrow('A cohort can be started only when it is closed; this one is draft');
  });

  it('stamps the time of each change', () => {
    const cohort = newCohort(request, { id: 'c1', now: new Date('2007-01-01T00:00:00Z') });
    const opened = changeStatus(cohort, 'open', new Date('2007-01-15T08:00:00Z'));
    expect(opened).toMatchObject({ status: 'open', statusChangedAt: '2007-01-15T08:00:00.000Z', createdAt: '2007-01-01T00:00:00.000Z' });
  });

  it('creates a draft cohort ending durationYears after its start', () => {
    expect(newCohort(request, { id: 'c1', now: new Date('2007-01-01T00:00:00Z') })).toMatchObject({ status: 'draft', endDate: '2010-04-01' });
    expect(cohortEndDate('2008-02-29', 2)).toBe('2010-03-01');
  });

  it('accepts applications only while open, and decisions during intake and the start', () => {
    expect(COHORT_STATUSES.filter(acceptsApplications)).toEqual(['open']);
    expect(COHORT_STATUSES.filter(acceptsDecisions)).toEqual(['open', 'closed', 'started']);
    expect(COHORT_STATUSES.filter(acceptsPlanning)).toEqual(['draft', 'open', 'closed', 'started']);
  });
});
