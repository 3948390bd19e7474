/**
 * Webhook registrations and their deliveries in the programme table, bound to it once:
 * `webhooksRepository()` in a handler, `new WebhooksRepository(new Table(name))` in a test.
 * A registration is found by id (its partition) and by whose events it receives (gsi1, one
 * partition per municipality and one for every-municipality registrations: the fan-out's Query,
 * never a Scan); its deliveries live in its partition, newest first by id.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import { refuse } from '../platform/refusal.ts';
import { withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { StoredWebhookRegistration, WebhookDelivery } from './model.ts';

/** The gsi1 partition of the registrations for every municipality. */
const EVERY_MUNICIPALITY = 'ALL';

export const keys = {
  /** pk WEBHOOK#<id>, sk REGISTRATION. */
  registration: (id: string) => ({ pk: `WEBHOOK#${id}`, sk: 'REGISTRATION' }),
  /** gsi1 WEBHOOKS#<nr | ALL> / <createdAt>#<id>: whose events a registration receives. */
  subscribers: (municipalityNumber: string | null, createdAt = '', id = '') => ({ gsi1pk: `WEBHOOKS#${municipalityNumber ?? EVERY_MUNICIPALITY}`, gsi1sk: createdAt ? `${createdAt}#${id}` : '' }),
  /** pk WEBHOOK#<id>, sk DELIVERY#<deliveryId> (the id starts with the event's time: newest last). */
  delivery: (registrationId: string, deliveryId = '') => ({ pk: `WEBHOOK#${registrationId}`, sk: `DELIVERY#${deliveryId}` }),
};

const registrationItem = (registration: StoredWebhookRegistration) => ({
  ...keys.registration(registration.id),
  ...keys.subscribers(registration.municipalityNumber, registration.createdAt, registration.id),
  entity: 'WebhookRegistration',
  ...registration,
});

const deliveryItem = (delivery: WebhookDelivery) => ({ ...keys.delivery(delivery.registrationId, delivery.id), entity: 'WebhookDelivery', ...delivery });

/** A listing shows at most this many deliveries (the newest). */
export const DELIVERY_PAGE = 100;

export class WebhooksRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  async insert(registration: StoredWebhookRegistration, events: readonly EventEnvelope[]): Promise<void> {
    await this.#table.transact([this.#table.putNew({ ...registrationItem(registration), version: 1 }, () => refuse.conflict(`Webhook ${registration.id} exists`))], events);
  }

  /** A registration read to be changed or to sign with (strongly consistent, with its version). */
  get(id: string): Promise<Versioned<StoredWebhookRegistration> | undefined> {
    return this.#table.get<StoredWebhookRegistration>(keys.registration(id));
  }

  async save(registration: Versioned<StoredWebhookRegistration>, events: readonly EventEnvelope[] = []): Promise<void> {
    await this.#table.transact([this.#table.putVersioned({ ...registrationItem(registration.value), version: registration.version }, `Webhook ${registration.value.id}`)], events);
  }

  /** Deletes the registration (unless changed since it was read); its deliveries stay readable by nobody and are not replayed. */
  async delete(registration: Versioned<StoredWebhookRegistration>, events: readonly EventEnvelope[]): Promise<void> {
    const table = this.#table;
    await table.transact(
      [
        {
          item: {
            Delete: {
              TableName: table.name,
              Key: keys.registration(registration.value.id),
              ConditionExpression: '#version = :expected',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':expected': registration.version },
            },
          },
          onConditionFailed: () => refuse.conflict(`Webhook ${registration.value.id} changed meanwhile: read it again`),
        },
      ],
      events,
    );
  }

  /** The registrations receiving a municipality's events (null: those for every municipality), with their secrets: one gsi1 partition. */
  async subscribersOf(municipalityNumber: string | null): Promise<StoredWebhookRegistration[]> {
    return (await this.#table.queryIndex('gsi1', keys.subscribers(municipalityNumber).gsi1pk)).map((item) => withoutStorageAttributes<StoredWebhookRegistration>(item));
  }

  /** Stores a new delivery with its request event, once: false when this event was already delivered to this registration. */
  insertDelivery(delivery: WebhookDelivery, events: readonly EventEnvelope[]): Promise<boolean> {
    const table = this.#table;
    return table.transactIfConditionsHold([{ Put: { TableName: table.name, Item: { ...deliveryItem(delivery), version: 1 }, ConditionExpression: 'attribute_not_exists(pk)' } }], events);
  }

  getDelivery(registrationId: string, deliveryId: string): Promise<Versioned<WebhookDelivery> | undefined> {
    return this.#table.get<WebhookDelivery>(keys.delivery(registrationId, deliveryId));
  }

  async saveDelivery(delivery: Versioned<WebhookDelivery>, events: readonly EventEnvelope[] = []): Promise<void> {
    await this.#table.transact([this.#table.putVersioned({ ...deliveryItem(delivery.value), version: delivery.version }, `Delivery ${delivery.value.id}`)], events);
  }

  /** The newest deliveries of a registration (one Query, at most DELIVERY_PAGE). */
  async deliveries(registrationId: string): Promise<WebhookDelivery[]> {
    const key = keys.delivery(registrationId);
    const { Items = [] } = await this.#table.client.send(
      new QueryCommand({
        TableName: this.#table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': key.pk, ':prefix': key.sk },
        ScanIndexForward: false,
        Limit: DELIVERY_PAGE,
      }),
    );
    return Items.map((item) => withoutStorageAttributes<WebhookDelivery>(item));
  }
}

/** What a registration shows: everything but its secret. */
export function withoutSecret({ secret: _secret, ...registration }: StoredWebhookRegistration) {
  return registration;
}


let bound: WebhooksRepository | undefined;

/** The deployment's webhooks (TABLE_NAME), bound on first use. */
export const webhooksRepository = (): WebhooksRepository => (bound ??= new WebhooksRepository(programmeTable()));
