/**
 * Sign-up against DynamoDB Local, through the handlers as Lambda calls them: races for the last
 * seats never overbook (40 sign-ups at once from four municipalities for a gathering of 10 seats,
 * 3 per municipality), the waiting list gets distinct positions, and cancellations racing each
 * other and their promotions (the move-up handler, redelivered and run at once) never put more
 * on seats than the capacity, and always fill a freed seat when someone fits.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as moveUp } from '../../functions/gatherings/move-up-waiting-list.ts';
import { ParticipantsRepository } from '../../shared/applications/index.ts';
import { GatheringsRepository } from '../../shared/gatherings/repository.ts';
import { RegistrationsRepository } from '../../shared/gatherings/registrations-repository.ts';
import { seatLimits, type Registration } from '../../shared/gatherings/registrations.ts';
import { randomUUID } from 'node:crypto';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { completeApplication } from '../support/fixtures.ts';
import { storeGathering } from '../support/gatherings.ts';
import { claims, lambdaContext } from '../support/http-events.ts';
import { call } from '../support/invoke.ts';
import { createTestTable } from '../support/table.ts';

let table: Table;
const COHORT = 'cohort-sign-up';
const MUNICIPALITIES = ['1702', '1703', '1711', '1714'];
const OUTSIDER = '1719';

beforeAll(async () => {
  const { tableName } = await createTestTable();
  table = new Table(tableName);
  const participants = new ParticipantsRepository(table);
  const { sickLeaveTarget, projectLeader, focusAreas } = completeApplication();
  await table.transact(
    MUNICIPALITIES.map((municipalityNumber) =>
      participants.admit({ cohortId: COHORT, cohortName: 'Pulje II', municipalityNumber, municipalityName: `Kommune ${municipalityNumber}`, applicationId: `a-${municipalityNumber}`, admittedOn: '2007-03-30', projectLeader, focusAreas, sickLeaveTarget, goals: [] }),
    ),
  );
});

const signUp = (gatheringId: string, municipalityNumber: string, i: number, extra: Record<string, unknown> = {}) =>
  call('registerForGathering', {
    claims: claims.secretariat(),
    params: { gatheringId },
    body: { municipalityNumber, attendees: [{ name: `Deltaker ${municipalityNumber}-${i}`, email: `d${i}@k${municipalityNumber}.kommune.no` }], ...extra },
  });

const cancel = (gatheringId: string, registrationId: string) => call('cancelRegistration', { claims: claims.secretariat(), params: { gatheringId, registrationId } });

const registrationsOf = (gatheringId: string) => new RegistrationsRepository(table).ofGathering(gatheringId);

/** The outbox's cancellation events of a gathering, as EventBridge delivers them. */
async function cancellationEvents(gatheringId: string): Promise<EventBridgeEvent<string, unknown>[]> {
  const { Items = [] } = await table.client.send(
    new ScanCommand({ TableName: table.name, FilterExpression: 'eventType = :t', ExpressionAttributeValues: { ':t': 'GatheringRegistrationCancelled' }, ConsistentRead: true }),
  );
  return Items.filter((i) => i.detail.data.gatheringId === gatheringId).map(
    (i) => ({ version: '0', id: `eb-${i.detail.metadata.eventId}`, 'detail-type': i.eventType, source: 'kvalitetskommune', account: '000000000000', time: new Date().toISOString(), region: 'eu-north-1', resources: [], detail: i.detail }) as EventBridgeEvent<string, unknown>,
  );
}

function expectWithinCapacity(registrations: readonly Registration[], total: number, perMunicipality: number) {
  const seated = registrations.filter((r) => r.status === 'registered');
  expect(seated.length).toBeLessThanOrEqual(total);
  for (const m of MUNICIPALITIES) expect(seated.filter((r) => r.municipalityNumber === m).length).toBeLessThanOrEqual(perMunicipality);
  const positions = registrations.filter((r) => r.status === 'waitlisted').map((r) => r.position);
  expect(new Set(positions).size).toBe(positions.length);
  return seated;
}

async function expectCountersMatch(gatheringId: string, registrations: readonly Registration[]) {
  const seated = registrations.filter((r) => r.status === 'registered');
  expect((await new GatheringsRepository(table).seatsTaken(gatheringId)).taken).toBe(seated.length);
  for (const m of MUNICIPALITIES) {
    const read = await new RegistrationsRepository(table).seats(gatheringId, m);
    expect(read.seats.municipality, `municipality ${m}'s counter`).toBe(seated.filter((r) => r.municipalityNumber === m).length);
  }
}

describe('signing up for a gathering with few seats', () => {
  it('seats exactly the capacity when 40 sign up at once, holds the per-municipality limit, and waitlists the rest with distinct positions', async () => {
    const gathering = await storeGathering(table, { hosts: { cohortIds: [COHORT] }, capacity: { total: 10, perMunicipality: 3 } });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signUp(gathering.id, MUNICIPALITIES[i % 4]!, i)));
    expect(answers.map((a) => a.status).filter((s) => s !== 201), JSON.stringify(answers.find((a) => a.status !== 201)?.json)).toEqual([]);

    const registrations = await registrationsOf(gathering.id);
    expect(registrations).toHaveLength(40);
    const seated = expectWithinCapacity(registrations, 10, 3);
    expect(seated).toHaveLength(10);
    const positions = registrations.filter((r) => r.status === 'waitlisted').map((r) => r.position!).sort((a, b) => a - b);
    // Distinct (checked above) and from the one counter: a position whose sign-up found a seat freed meanwhile stays unused.
    expect(positions).toHaveLength(30);
    expect(positions[0]).toBeGreaterThanOrEqual(1);
    await expectCountersMatch(gathering.id, registrations);
  }, 120_000);

  it('keeps within capacity when seated registrations are cancelled at once and the waiting list moves up from every event, redelivered and concurrently', async () => {
    const gathering = await storeGathering(table, { hosts: { cohortIds: [COHORT] }, capacity: { total: 6, perMunicipality: 2 } });
    for (let i = 0; i < 16; i++) expect((await signUp(gathering.id, MUNICIPALITIES[i % 4]!, i)).status).toBe(201);
    const before = await registrationsOf(gathering.id);
    const seatedBefore = before.filter((r) => r.status === 'registered');
    expect(seatedBefore).toHaveLength(6);

    // Four seated registrations cancelled at once, with new sign-ups racing for the freed seats.
    const cancelled = seatedBefore.slice(0, 4);
    const racing = await Promise.all([...cancelled.map((r) => cancel(gathering.id, r.id)), ...Array.from({ length: 8 }, (_, i) => signUp(gathering.id, MUNICIPALITIES[i % 4]!, 100 + i))]);
    expect(racing.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    expectWithinCapacity(await registrationsOf(gathering.id), 6, 2);

    // Every cancellation's event at once, then each again (EventBridge delivers at least once).
    const events = await cancellationEvents(gathering.id);
    expect(events).toHaveLength(4);
    await Promise.all(events.map((e) => moveUp(e, lambdaContext('moveUpWaitingList'))));
    for (const e of events) await moveUp({ ...e, id: `${e.id}-again` }, lambdaContext('moveUpWaitingList'));

    const after = await registrationsOf(gathering.id);
    const seated = expectWithinCapacity(after, 6, 2);
    await expectCountersMatch(gathering.id, after);
    // No seat left free while a waitlisted registration fits it.
    const perMunicipality = (m: string) => seated.filter((r) => r.municipalityNumber === m).length;
    const fits = after.filter((r) => r.status === 'waitlisted' && perMunicipality(r.municipalityNumber) < 2);
    if (seated.length < 6) expect(fits).toEqual([]);
    // Moved up in waiting-list order within each municipality: a later position never got a seat an earlier one of the same municipality fits.
    for (const m of MUNICIPALITIES) {
      const waiting = after.filter((r) => r.municipalityNumber === m && r.status === 'waitlisted').map((r) => r.position!);
      const movedUp = after.filter((r) => r.municipalityNumber === m && r.movedUpAt).map((r) => before.find((b) => b.id === r.id)?.position ?? Infinity);
      for (const p of movedUp) for (const w of waiting) expect(p).toBeLessThan(w);
    }
  }, 120_000);

  it('refuses what the rules refuse, each naming the field or the rule', async () => {
    const withSessions = await storeGathering(table, {
      hosts: { cohortIds: [COHORT] },
      sessions: [{ id: '00000000-0000-4000-8000-000000000001', from: '2099-09-01', to: '2099-09-01', capacity: 1 }],
    });
    const noSession = await signUp(withSessions.id, MUNICIPALITIES[0]!, 1);
    expect(noSession.status).toBe(422);
    expect(JSON.stringify(noSession.json)).toContain('/sessionId');
    const outsider = await signUp(withSessions.id, OUTSIDER, 1, { sessionId: '00000000-0000-4000-8000-000000000001' });
    expect(outsider.status).toBe(409);
    expect(outsider.json.detail).toContain('rule: audience');
    const closed = await storeGathering(table, { hosts: { cohortIds: [COHORT] }, when: { from: '2007-09-01', to: '2007-09-02' } });
    const late = await call('registerForGathering', { claims: claims.municipality(MUNICIPALITIES[0]!), params: { gatheringId: closed.id }, body: { attendees: [{ name: 'For sein', email: 'sein@k.kommune.no' }] } });
    expect([403, 409]).toContain(late.status);
    const twice = await signUp(withSessions.id, MUNICIPALITIES[1]!, 7, { sessionId: '00000000-0000-4000-8000-000000000001' });
    expect(twice.status).toBe(201);
    const again = await signUp(withSessions.id, MUNICIPALITIES[1]!, 7, { sessionId: '00000000-0000-4000-8000-000000000001' });
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain('rule: already-registered');
    const cancelledGathering = await storeGathering(table, { hosts: { cohortIds: [COHORT] }, status: 'cancelled' });
    expect((await signUp(cancelledGathering.id, MUNICIPALITIES[0]!, 1)).json.detail).toContain('rule: gathering-cancelled');
  }, 60_000);
});

describe('a capacity lowered while a sign-up is in flight', () => {
  it('refuses the seat taken with the limits read before the change (409), and seats by the new ones', async () => {
    const gatherings = new GatheringsRepository(table);
    const registrations = new RegistrationsRepository(table);
    const gathering = await storeGathering(table, { hosts: { cohortIds: [COHORT] }, capacity: { total: 5 } });
    const before = seatLimits(gathering, undefined);
    // The secretariat lowers the capacity to 0 seats' worth of room: the sign-up read 5.
    const changed = { ...gathering, capacity: { total: 1 }, sequence: gathering.sequence + 1 };
    await gatherings.save({ value: changed, version: 1 }, [], gathering);
    const pending = (i: number) => ({ id: randomUUID(), gatheringId: gathering.id, municipalityNumber: MUNICIPALITIES[0]!, attendee: { name: `Sen ${i}`, email: `sen${i}@k.kommune.no` }, registeredAt: new Date().toISOString(), registeredBy: 'test' });
    await expect(registrations.signUp(pending(1), before, () => [])).rejects.toThrow('The gathering changed while the seat was taken');
    expect(await registrations.ofGathering(gathering.id)).toEqual([]);
    const seated = await registrations.signUp(pending(2), seatLimits(changed, undefined), () => []);
    expect(seated.status).toBe('registered');
    expect((await registrations.signUp(pending(3), seatLimits(changed, undefined), () => [])).status).toBe('waitlisted');
  });
});
