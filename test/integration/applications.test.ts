/**
 * Applications through the real handlers against DynamoDB Local: submission to an open cohort
 * with its outbox event, drafts, one application per municipality and cohort, withdrawal,
 * decisions (admission makes a participant), tenant isolation, and nothing written on refusal.
 */
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationsRepository, ParticipantsRepository } from '../../shared/applications/repository.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { CohortsRepository } from '../../shared/cohorts/index.ts';
import { RATE_LIMIT_PREFIX } from '../../shared/platform/dynamodb/table-design.ts';
import { keys as applicationsKeys } from '../../shared/applications/repository.ts';
import { parseEnvelope } from '../../shared/event-catalogue.ts';
import { completeApplication, openCohort } from '../support/fixtures.ts';
import { claims } from '../support/http-events.ts';
import { call } from '../support/invoke.ts';
import { createTestTable, seedTestMunicipalities } from '../support/table.ts';
import { loginsForTestClaims } from '../support/people.ts';

let tableName: string;
const cohort = openCohort();
const closed = openCohort({ name: 'Pulje I', status: 'closed' });
/** A second open cohort, so Verdal (already in the first) can apply again. */
const second = openCohort({ name: 'Pulje III' });
const verdal = claims.municipality('1721');
const jolster = claims.municipality('1431');
const secretariat = claims.secretariat();

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  await seedTestMunicipalities(tableName);
  await loginsForTestClaims(tableName, ['1721', '1431', '9999', '1719', '1702']);
  const cohorts = new CohortsRepository(new Table(tableName));
  await cohorts.insert(cohort);
  await cohorts.insert(closed);
  await cohorts.insert(second);
});

/** Every item but the per-caller rate counters, which each request counts on (a caller's first in a window creates one). */
async function itemCount(): Promise<number> {
  const { Count } = await documentClient.send(
    new ScanCommand({ TableName: tableName, Select: 'COUNT', FilterExpression: 'NOT begins_with(pk, :r)', ExpressionAttributeValues: { ':r': RATE_LIMIT_PREFIX } }),
  );
  return Count ?? 0;
}

async function outboxEvents(type: string) {
  const { Items = [] } = await documentClient.send(
    new ScanCommand({ TableName: tableName, FilterExpression: 'begins_with(pk, :p) AND eventType = :t', ExpressionAttributeValues: { ':p': 'OUTBOX#', ':t': type } }),
  );
  return Items.map((item) => item.detail as { metadata: { eventId: string; correlationId: string }; data: Record<string, unknown> });
}

describe('submitting in one go', () => {
  let id: string;

  it('stores the application with its ApplicationSubmitted event, one transaction', async () => {
    const response = await call('submitApplication', { claims: verdal, body: { ...completeApplication(), cohortId: cohort.id } });
    expect(response.status).toBe(201);
    id = response.json.id;
    expect(response.headers.location).toBe(`/applications/${id}`);
    expect(response.json).toMatchObject({ municipalityNumber: '1721', municipalityName: 'Verdal', status: 'submitted', cohortId: cohort.id });
    const events = (await outboxEvents('ApplicationSubmitted')).filter((e) => e.data.applicationId === id);
    expect(events).toHaveLength(1);
    expect(parseEnvelope('ApplicationSubmitted', events[0]).data).toMatchObject({ cohortId: cohort.id, writtenStandard: 'bokmal' });
  });

  it('refuses a second application from the same municipality to the same cohort, writing nothing', async () => {
    const before = await itemCount();
    const response = await call('submitApplication', { claims: verdal, body: { ...completeApplication(), cohortId: cohort.id } });
    expect(response.status).toBe(409);
    expect(response.json.detail).toMatch(/already has an application in this cohort/);
    expect(await itemCount()).toBe(before);
  });

  it('refuses a cohort that is not open, writing nothing', async () => {
    const before = await itemCount();
    const response = await call('submitApplication', { claims: jolster, body: { ...completeApplication(), cohortId: closed.id } });
    expect(response.status).toBe(409);
    expect(response.json.detail).toMatch(/not open/);
    expect(await itemCount()).toBe(before);
  });

  it('refuses an unknown municipality and an incomplete application, writing nothing', async () => {
    const before = await itemCount();
    expect((await call('submitApplication', { claims: claims.municipality('9999'), body: { ...completeApplication(), cohortId: cohort.id } })).status).toBe(422);
    const { sickLeaveTarget: _t, steeringGroup: _s, ...incomplete } = completeApplication();
    const response = await call('submitApplication', { claims: jolster, body: { ...incomplete, cohortId: cohort.id } });
    expect(response.status).toBe(422);
    expect(response.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/sickLeaveTarget', '/steeringGroup']);
    expect(await itemCount()).toBe(before);
  });

  it('is found by the digest’s day index', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await new ApplicationsRepository(new Table(tableName)).submittedOn(today)).map((a) => a.id)).toContain(id);
  });

  it('is hidden from other municipalities (404) and shown to the secretariat', async () => {
    expect((await call('getApplication', { claims: jolster, params: { id } })).status).toBe(404);
    expect((await call('getApplication', { claims: secretariat, params: { id } })).json.id).toBe(id);
    expect((await call('withdrawApplication', { claims: jolster, params: { id } })).status).toBe(404);
  });
});

describe('drafts', () => {
  let id: string;

  it('saves a draft with only the cohort, and completes it part by part', async () => {
    const draft = await call('saveApplicationDraft', { claims: jolster, body: { cohortId: cohort.id, focusAreas: ['care'] } });
    expect(draft.status).toBe(201);
    id = draft.json.id;
    expect(draft.json.status).toBe('draft');
    expect((await outboxEvents('ApplicationSubmitted')).filter((e) => e.data.applicationId === id)).toEqual([]);

    const { focusAreas: _f, ...rest } = completeApplication();
    const { steeringGroup: _s, politicalDecision: _p, ...most } = rest;
    const updated = await call('updateApplicationDraft', { claims: jolster, params: { id }, body: most });
    expect(updated.status).toBe(200);
    expect(updated.json.focusAreas).toEqual(['care']);
  });

  it('refuses to submit while incomplete, naming every missing element', async () => {
    const response = await call('submitApplicationDraft', { claims: jolster, params: { id } });
    expect(response.status).toBe(422);
    expect(response.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/steeringGroup', '/politicalDecision']);
  });

  it('submits once complete and announces it', async () => {
    const { steeringGroup, politicalDecision } = completeApplication();
    expect((await call('updateApplicationDraft', { claims: jolster, params: { id }, body: { steeringGroup, politicalDecision } })).status).toBe(200);
    const submitted = await call('submitApplicationDraft', { claims: jolster, params: { id } });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted', focusAreas: ['care'] });
    expect((await outboxEvents('ApplicationSubmitted')).filter((e) => e.data.applicationId === id)).toHaveLength(1);
  });

  it('no longer changes a submitted application', async () => {
    const response = await call('updateApplicationDraft', { claims: jolster, params: { id }, body: { approach: 'Et helt annet opplegg for arbeidet vårt.' } });
    expect(response.status).toBe(409);
    expect(response.json.detail).toMatch(/Only a draft can be changed; this application is submitted/);
  });
});

describe('withdrawal and decisions', () => {
  const levanger = claims.municipality('1719');
  let withdrawnId: string;
  let admittedId: string;

  beforeAll(async () => {
    await seedTestMunicipalities(tableName, [
      { number: '1719', name: 'Levanger', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '2006-01-01', writtenStandard: 'bokmal' },
      { number: '1702', name: 'Steinkjer', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '2006-01-01', writtenStandard: 'nynorsk' },
    ]);
    withdrawnId = (await call('submitApplication', { claims: levanger, body: { ...completeApplication(), cohortId: cohort.id } })).json.id;
    admittedId = (await call('submitApplication', { claims: claims.municipality('1702'), body: { ...completeApplication(), cohortId: cohort.id } })).json.id;
  });

  it('lets a municipality withdraw before the decision, and not decide it afterwards', async () => {
    const withdrawn = await call('withdrawApplication', { claims: levanger, params: { id: withdrawnId } });
    expect(withdrawn.json.status).toBe('withdrawn');
    expect((await outboxEvents('ApplicationWithdrawn')).map((e) => e.data.applicationId)).toContain(withdrawnId);
    const decision = await call('decideApplication', { claims: secretariat, params: { id: withdrawnId }, body: { outcome: 'admitted', reason: 'x' } });
    expect(decision.status).toBe(409);
  });

  it('admits: a participant with its target, a participation record, ApplicationDecided and MunicipalityAdmitted', async () => {
    const response = await call('decideApplication', { claims: secretariat, params: { id: admittedId }, body: { outcome: 'admitted', reason: 'Godt forankret søknad.' } });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ status: 'admitted', decision: { outcome: 'admitted', reason: 'Godt forankret søknad.', decidedBy: 'sekretariat-1' } });
    const participants = await new ParticipantsRepository(new Table(tableName)).ofCohort(cohort.id);
    expect(participants.map((p) => p.municipalityNumber)).toEqual(['1702']);
    expect(participants[0]!.sickLeaveTarget).toEqual(completeApplication().sickLeaveTarget);
    expect((await new ParticipantsRepository(new Table(tableName)).participationOf('1702')).map((p) => p.cohortId)).toEqual([cohort.id]);
    const decided = (await outboxEvents('ApplicationDecided')).filter((e) => e.data.applicationId === admittedId);
    expect(decided.map((e) => e.data.writtenStandard)).toEqual(['nynorsk']);
    expect((await outboxEvents('MunicipalityAdmitted')).filter((e) => e.data.applicationId === admittedId)).toHaveLength(1);
  });

  it('refuses a second decision on the same application', async () => {
    const again = await call('decideApplication', { claims: secretariat, params: { id: admittedId }, body: { outcome: 'rejected', reason: 'Ombestemt.' } });
    expect(again.status).toBe(409);
    expect((await outboxEvents('ApplicationDecided')).filter((e) => e.data.applicationId === admittedId)).toHaveLength(1);
  });

  it('keeps one outcome when two decisions race', async () => {
    const id = (await call('saveApplicationDraft', { claims: claims.municipality('1721'), body: { cohortId: second.id } })).json.id as string | undefined;
    expect(id).toBeDefined();
    const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: applicationsKeys.application(id!) }));
    expect(Item?.status).toBe('draft');
    const full = { ...completeApplication() };
    await call('updateApplicationDraft', { claims: claims.municipality('1721'), params: { id: id! }, body: full });
    await call('submitApplicationDraft', { claims: claims.municipality('1721'), params: { id: id! } });
    const results = await Promise.all(
      (['admitted', 'rejected', 'admitted', 'rejected'] as const).map((outcome) => call('decideApplication', { claims: secretariat, params: { id: id! }, body: { outcome, reason: outcome } })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    const decided = (await outboxEvents('ApplicationDecided')).filter((e) => e.data.applicationId === id);
    expect(decided).toHaveLength(1);
    const stored = (await call('getApplication', { claims: secretariat, params: { id: id! } })).json;
    expect(stored.status).toBe(decided[0]!.data.outcome);
  });

  it('lists a cohort’s applications by status with counts', async () => {
    const all = await call('listApplications', { claims: secretariat, query: { cohortId: cohort.id } });
    expect(all.status).toBe(200);
    expect(all.json.countsByStatus.withdrawn).toBe(1);
    expect(all.json.countsByStatus.admitted).toBeGreaterThanOrEqual(1);
    const withdrawn = await call('listApplications', { claims: secretariat, query: { cohortId: cohort.id, status: 'withdrawn' } });
    expect(withdrawn.json.applications.map((a: { municipalityNumber: string }) => a.municipalityNumber)).toEqual(['1719']);
    const own = await call('listApplications', { claims: levanger });
    expect(own.json.applications.map((a: { id: string }) => a.id)).toEqual([withdrawnId]);
  });
});
