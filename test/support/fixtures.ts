import type { ApplicationContent } from '../../shared/applications/contract.ts';
import type { EventData } from '../../shared/event-catalogue.ts';
import type { CohortRecord } from '../../shared/cohorts/model.ts';

/** A cohort open for applications, as the secretariat would have set it up. */
export function openCohort(overrides: Partial<CohortRecord> = {}): CohortRecord {
  return {
    id: crypto.randomUUID(),
    name: 'Pulje II',
    status: 'open',
    applicationWindow: { opensOn: '2007-03-01', closesOn: '2007-05-31' },
    startDate: '2007-09-01',
    durationYears: 3,
    endDate: '2010-09-01',
    createdAt: '2007-02-15T09:00:00.000Z',
    statusChangedAt: '2007-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A complete application, as the seeds require it; tests remove or break parts of it. */
export function completeApplication(overrides: Partial<ApplicationContent> = {}): ApplicationContent {
  return {
    projectLeader: { name: 'Kari Nordmann', email: 'kari.nordmann@verdal.kommune.no' },
    focusAreas: ['care', 'childhood-education'],
    approach: 'Vi vil arbeide med heltidskultur og nærværsarbeid i pleie og omsorg, sammen med tillitsvalgte.',
    goals: ['Redusere uønsket deltid'],
    sickLeaveTarget: { baselineYear: 2006, baselinePercentage: 9.8, targetPercentage: 8.0, targetDate: '2009-12-31' },
    steeringGroup: [
      { name: 'Bjørn Iversen', role: 'elected-official', title: 'Ordfører' },
      { name: 'Anne Rådmann', role: 'management', title: 'Rådmann' },
      { name: 'Per Tillitsvalgt', role: 'union-representative', title: 'Hovedtillitsvalgt' },
    ],
    politicalDecision: { decidedBy: 'Kommunestyret', date: '2007-02-26', caseReference: 'PS 12/07' },
    ...overrides,
  };
}

/** Polls until `check` returns a value (not undefined) or the timeout passes. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000, label = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${label}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What ApplicationSubmitted carries for Jølster (1431), a nynorsk municipality unless told otherwise. */
export function submittedData(overrides: Partial<EventData<'ApplicationSubmitted'>> = {}): EventData<'ApplicationSubmitted'> {
  return {
    applicationId: 'a-1',
    cohortId: 'c0000000-0000-4000-8000-000000000001',
    municipalityNumber: '1431',
    municipalityName: 'Jølster',
    writtenStandard: 'nynorsk',
    submittedAt: '2007-03-01T10:00:00.000Z',
    projectLeader: { name: 'Ola Nordmann', email: 'ola@jolster.kommune.no' },
    focusAreas: ['care', 'childhood-education'],
    ...overrides,
  };
}
