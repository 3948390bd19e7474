/**
 * The webhooks' repository against DynamoDB Local: a registration is found under its own
 * municipality's key only (two municipalities, and the every-municipality key), never another's;
 * a delivery of one event to one registration is stored once however often it is tried (with
 * its outbox event once); a delivery read, failed and replayed keeps its id and body.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { failDelivery, newDelivery, registerWebhook, replayDelivery } from '../../shared/webhooks/commands.ts';
import { WebhooksRepository } from '../../shared/webhooks/repository.ts';
import type { StoredWebhookRegistration } from '../../shared/webhooks/model.ts';
import { createTestTable } from '../support/table.ts';

let repository: WebhooksRepository;
let tableName: string;
const context = () => ({ correlationId: randomUUID(), now: new Date() });
const registrations: Record<string, StoredWebhookRegistration> = {};

async function register(name: string, municipalityNumber: string | null) {
  const { state, events } = registerWebhook(
    { id: randomUUID(), url: `https://${name}.example.no/hooks`, eventTypes: ['application.decided'], municipalityNumber, owner: municipalityNumber ? 'municipality' : 'secretariat', createdBy: 'test' },
    context(),
  );
  await repository.insert(state, events);
  registrations[name] = state;
}

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  repository = new WebhooksRepository(new Table(tableName));
  await register('verdal', '5101');
  await register('levanger', '5102');
  await register('secretariat', null);
});

describe('the webhooks repository', () => {
  it('finds a registration under its own municipality only, and the every-municipality ones under their own key', async () => {
    expect((await repository.subscribersOf('5101')).map((r) => r.id)).toEqual([registrations.verdal!.id]);
    expect((await repository.subscribersOf('5102')).map((r) => r.id)).toEqual([registrations.levanger!.id]);
    expect((await repository.subscribersOf('5103')).map((r) => r.id)).toEqual([]);
    expect((await repository.subscribersOf(null)).map((r) => r.id)).toContain(registrations.secretariat!.id);
    expect((await repository.subscribersOf(null)).map((r) => r.id)).not.toContain(registrations.verdal!.id);
  });

  it('stores one delivery per event and registration, however often it is tried', async () => {
    const eventId = randomUUID();
    const attempt = () =>
      newDelivery(registrations.verdal!, { webhookType: 'application.decided', sourceEventId: eventId, occurredAt: '2041-03-30T10:00:00.000Z', data: { applicationId: 'a' } }, context());
    const results = await Promise.all(Array.from({ length: 5 }, () => attempt()).map(({ state, events }) => repository.insertDelivery(state, events)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const deliveries = await repository.deliveries(registrations.verdal!.id);
    expect(deliveries.filter((d) => d.sourceEventId === eventId)).toHaveLength(1);
    expect(await repository.deliveries(registrations.levanger!.id)).toEqual([]);
  });

  it('keeps a delivery’s id and body through failing and replaying, newest first in the listing', async () => {
    const first = newDelivery(registrations.levanger!, { webhookType: 'application.decided', sourceEventId: randomUUID(), occurredAt: '2041-03-30T10:00:00.000Z', data: { n: 1 } }, context());
    const second = newDelivery(registrations.levanger!, { webhookType: 'application.decided', sourceEventId: randomUUID(), occurredAt: '2041-03-31T10:00:00.000Z', data: { n: 2 } }, context());
    await repository.insertDelivery(first.state, first.events);
    await repository.insertDelivery(second.state, second.events);
    const stored = (await repository.getDelivery(registrations.levanger!.id, first.state.id))!;
    await repository.saveDelivery({ value: failDelivery(stored.value, { attempts: 9, responseStatus: 503, error: 'status 503' }, new Date()), version: stored.version });
    const failed = (await repository.getDelivery(registrations.levanger!.id, first.state.id))!;
    expect(failed.value).toMatchObject({ status: 'failed', attempts: 9, lastResponseStatus: 503, body: first.state.body });
    const replay = replayDelivery(registrations.levanger!, failed.value, context());
    await repository.saveDelivery({ value: replay.state, version: failed.version }, replay.events);
    expect((await repository.getDelivery(registrations.levanger!.id, first.state.id))!.value).toMatchObject({ id: first.state.id, status: 'requested', replays: 1, body: first.state.body });
    expect((await repository.deliveries(registrations.levanger!.id)).map((d) => d.id)).toEqual([second.state.id, first.state.id]);
  });

  it('refuses to delete a registration changed since it was read', async () => {
    const read = (await repository.get(registrations.levanger!.id))!;
    await repository.save(read);
    await expect(repository.delete(read, [])).rejects.toThrow(/changed meanwhile/);
    await repository.delete((await repository.get(registrations.levanger!.id))!, []);
    expect(await repository.subscribersOf('5102')).toEqual([]);
  });
});
