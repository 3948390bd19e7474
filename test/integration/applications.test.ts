/**
 * Submitting and reading applications through the real handlers against DynamoDB Local:
 * what is stored, the outbox event written with it, tenant isolation and refusals.
 */
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as getApplicationHandler } from '../../functions/applications/get-application.ts';
import { handler as submitHandler } from '../../functions/applications/submit-application.ts';
import {
  ApplicationAlreadyExistsError,
  applicationsSubmittedOn,
  getApplication,
  insertApplication,
} from '../../shared/adapters/dynamodb/applications-repository.ts';
import { documentClient } from '../../shared/adapters/dynamodb/client.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { parseEnvelope } from '../../shared/contracts/events.ts';
import { newApplication } from '../../shared/domain/application.ts';
import { newEvent } from '../../shared/events/outbox.ts';
import { completeApplication } from '../support/fixtures.ts';
import { claims, httpEvent, lambdaContext, problemOf } from '../support/http-events.ts';
import { createTestTable, seedTestMunicipalities } from '../support/table.ts';

let tableName: string;

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  await seedTestMunicipalities(tableName);
});

const submit = (municipality: string, body: unknown = completeApplication()) =>
  submitHandler(
    httpEvent({ method: 'POST', path: '/applications', claims: claims.municipality(municipality), body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-correlation-id': 'it-corr-1' } }),
    lambdaContext('submitApplication'),
  );

const read = (id: string, tokenClaims: Record<string, string>) =>
  getApplicationHandler(
    httpEvent({ method: 'GET', path: `/applications/${id}`, routePath: '/applications/{id}', claims: tokenClaims, pathParameters: { id } }),
    lambdaContext('getApplication'),
  );

async function itemCount(): Promise<number> {
  const { Count } = await documentClient.send(new ScanCommand({ TableName: tableName, Select: 'COUNT' }));
  return Count ?? 0;
}

describe('POST /applications', () => {
  it('stores the application and its ApplicationSubmitted event together', async () => {
    const result = await submit('1721');
    expect(result.statusCode).toBe(201);
    const application = JSON.parse(result.body!);
    expect(result.headers?.location).toBe(`/applications/${application.id}`);
    expect(application).toMatchObject({ municipalityNumber: '1721', municipalityName: 'Verdal', status: 'submitted' });

    expect(await getApplication(tableName, application.id)).toEqual(application);

    const { Items = [] } = await documentClient.send(
      new ScanCommand({ TableName: tableName, FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': 'OUTBOX#' } }),
    );
    const events = Items.map((item) => parseEnvelope('ApplicationSubmitted', item.detail)).filter((e) => e.data.applicationId === application.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.metadata.correlationId).toBe('it-corr-1');
    expect(events[0]!.data).toMatchObject({ municipalityNumber: '1721', municipalityName: 'Verdal', writtenStandard: 'bokmal', projectLeader: completeApplication().projectLeader });
  });

  it('refuses an unknown municipality and writes nothing', async () => {
    const before = await itemCount();
    const result = await submit('9999');
    expect(result.statusCode).toBe(422);
    expect(problemOf(result).type).toBe('/problems/unknown-municipality');
    expect(await itemCount()).toBe(before);
  });

  it('refuses an incomplete application, names every missing element and writes nothing', async () => {
    const before = await itemCount();
    const { sickLeaveTarget: _t, steeringGroup: _s, ...incomplete } = completeApplication();
    const result = await submit('1721', incomplete);
    expect(result.statusCode).toBe(422);
    expect(problemOf(result).errors?.map((e) => e.pointer)).toEqual(['/sickLeaveTarget', '/steeringGroup']);
    expect(await itemCount()).toBe(before);
  });
});

describe('GET /applications/{id}', () => {
  let id: string;
  beforeAll(async () => {
    id = JSON.parse((await submit('1721')).body!).id;
  });

  it('shows a municipality its own application', async () => {
    const result = await read(id, claims.municipality('1721'));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!).id).toBe(id);
  });

  it('answers another municipality as if the application did not exist', async () => {
    const result = await read(id, claims.municipality('1431'));
    expect(result.statusCode).toBe(404);
    expect(result.body).not.toContain('Verdal');
    expect(problemOf(result).type).toBe('/problems/not-found');
  });

  it.each([['secretariat', claims.secretariat()], ['advisor', claims.advisor()]])('shows the %s any application', async (_role, tokenClaims) => {
    expect((await read(id, tokenClaims)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await read('00000000-0000-4000-8000-000000000000', claims.secretariat())).statusCode).toBe(404);
    expect((await read('not-a-uuid', claims.secretariat())).statusCode).toBe(404);
  });
});

describe('applications repository', () => {
  const now = new Date('2007-03-01T10:00:00Z');
  const make = (id: string, at = now) =>
    newApplication(completeApplication(), { id, municipality: { number: '1721', name: 'Verdal' }, now: at });
  const eventFor = (application: ReturnType<typeof make>, eventId: string) =>
    newEvent(
      'ApplicationSubmitted',
      {
        applicationId: application.id,
        municipalityNumber: '1721',
        municipalityName: 'Verdal',
        writtenStandard: 'neutral',
        submittedAt: application.submittedAt,
        projectLeader: application.projectLeader,
        focusAreas: application.focusAreas,
      },
      { correlationId: 'c', now, eventId },
    );

  it('never overwrites an application, and writes no second event when it refuses', async () => {
    const application = make('11111111-1111-4111-8111-111111111111');
    await insertApplication(tableName, application, eventFor(application, 'event-first'));
    await expect(insertApplication(tableName, { ...application, approach: 'changed '.repeat(5) }, eventFor(application, 'event-second'))).rejects.toBeInstanceOf(
      ApplicationAlreadyExistsError,
    );
    expect((await getApplication(tableName, application.id))?.approach).toBe(application.approach);
    const second = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.outbox('event-second') }));
    expect(second.Item).toBeUndefined();
  });

  it('finds the applications of one UTC day through gsi2, oldest first', async () => {
    const early = make('22222222-2222-4222-8222-222222222222', new Date('2007-04-02T00:00:01Z'));
    const late = make('33333333-3333-4333-8333-333333333333', new Date('2007-04-02T23:59:59Z'));
    const nextDay = make('44444444-4444-4444-8444-444444444444', new Date('2007-04-03T00:00:00Z'));
    for (const [i, a] of [late, nextDay, early].entries()) await insertApplication(tableName, a, eventFor(a, `day-${i}`));
    expect((await applicationsSubmittedOn(tableName, '2007-04-02')).map((a) => a.id)).toEqual([early.id, late.id]);
    expect(await applicationsSubmittedOn(tableName, '2007-04-01')).toEqual([]);
  });
});
