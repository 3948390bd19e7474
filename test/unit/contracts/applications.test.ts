import { describe, expect, it } from 'vitest';
import { ApplicationContent as SubmitApplicationRequest, SubmitApplicationRequest as WithCohort } from '../../../shared/applications/contract.ts';
import { fieldErrors } from '../../../shared/platform/contract/field-errors.ts';
import { completeApplication } from '../../support/fixtures.ts';

function errorsOf(input: unknown) {
  const result = SubmitApplicationRequest.safeParse(input);
  return result.success ? [] : fieldErrors(result.error);
}

describe('SubmitApplicationRequest', () => {
  it('names the cohort applied to', () => {
    expect(WithCohort.safeParse(completeApplication()).success).toBe(false);
    expect(WithCohort.safeParse({ ...completeApplication(), cohortId: crypto.randomUUID() }).success).toBe(true);
  });

  it('accepts a complete application', () => {
    expect(errorsOf(completeApplication())).toEqual([]);
  });

  it('defaults goals to an empty list', () => {
    const { goals: _goals, ...withoutGoals } = completeApplication();
    expect(SubmitApplicationRequest.parse(withoutGoals).goals).toEqual([]);
  });

  it.each(['projectLeader', 'focusAreas', 'approach', 'sickLeaveTarget', 'steeringGroup', 'politicalDecision'])(
    'names the missing mandatory element %s',
    (field) => {
      const input: Record<string, unknown> = { ...completeApplication() };
      delete input[field];
      expect(errorsOf(input)).toEqual([{ pointer: `/${field}`, detail: 'Required' }]);
    },
  );

  it('names every missing element at once', () => {
    const pointers = errorsOf({}).map((e) => e.pointer);
    expect(pointers).toEqual(['/projectLeader', '/focusAreas', '/approach', '/sickLeaveTarget', '/steeringGroup', '/politicalDecision']);
  });

  it('requires all three parties in the local steering', () => {
    const errors = errorsOf(completeApplication({ steeringGroup: [{ name: 'A', role: 'management', title: 'Rådmann' }] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.pointer).toBe('/steeringGroup');
    expect(errors[0]!.detail).toContain('missing: elected-official, union-representative');
  });

  it('requires a reduction: target below baseline', () => {
    const target = { baselineYear: 2006, baselinePercentage: 9.8, targetPercentage: 9.8, targetDate: '2009-12-31' };
    expect(errorsOf(completeApplication({ sickLeaveTarget: target }))).toEqual([
      { pointer: '/sickLeaveTarget/targetPercentage', detail: expect.stringContaining('lower than the baseline') },
    ]);
  });

  it.each([
    ['empty focus areas', { focusAreas: [] }, '/focusAreas'],
    ['unknown focus area', { focusAreas: ['culture'] }, '/focusAreas/0'],
    ['repeated focus area', { focusAreas: ['care', 'care'] }, '/focusAreas'],
    ['invalid email', { projectLeader: { name: 'K', email: 'not-an-email' } }, '/projectLeader/email'],
    ['short approach', { approach: 'Vi skal.' }, '/approach'],
    ['percentage over 100', { sickLeaveTarget: { baselineYear: 2006, baselinePercentage: 120, targetPercentage: 8, targetDate: '2009-12-31' } }, '/sickLeaveTarget/baselinePercentage'],
    ['impossible date', { politicalDecision: { decidedBy: 'Kommunestyret', date: '2007-02-30', caseReference: 'PS 1/07' } }, '/politicalDecision/date'],
  ])('rejects %s', (_name, override, pointer) => {
    expect(errorsOf({ ...completeApplication(), ...override }).map((e) => e.pointer)).toContain(pointer);
  });
});
