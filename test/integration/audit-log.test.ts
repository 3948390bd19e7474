/**
 * The audit log against DynamoDB Local: a change and its entry commit together, or neither; a
 * refused change leaves no entry; an entry is never overwritten; a read of one municipality's
 * figures is recorded, and is refused (503) when it cannot be; the entries are found by
 * resource, by person and by day, a page at a time.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../local/create-table.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/environment.ts';
import { AuditRepository } from '../../shared/audit/index.ts';
import { keys as cohortsKeys } from '../../shared/cohorts/repository.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { withAuditContext } from '../../shared/platform/audit/actor.ts';
import { auditTableFor } from '../../shared/platform/audit/design.ts';
import { actorOf } from '../../shared/platform/audit/entry.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { submittedData } from '../support/fixtures.ts';
import { call } from '../support/invoke.ts';
import { createTestTable, deleteTestTable, seedTestMunicipalities } from '../support/table.ts';

let table: Table;
let audit: AuditRepository;
let tableName: string;

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  table = new Table(tableName);
  audit = new AuditRepository(auditTableFor(tableName));
  await seedTestMunicipalities(tableName);
});

const kari = { kind: 'person', subject: 'sub-kari', personId: `person-${randomUUID()}`, municipalityNumber: '1721', roles: ['project-leader'] } as const;
const asKari = <T>(correlationId: string, work: () => Promise<T>) => withAuditContext({ actor: actorOf(kari), action: 'POST /cohorts', correlationId }, work);
const refused = () => new Error('refused');
const read = async (key: { pk: string; sk: string }) => (await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
const entriesOf = async (resource: string) => (await audit.find({ by: 'resource', resource }, {}, 100)).entries;

/** The audit table gone for a moment (as if unreachable or its permission missing), then back. */
async function withoutAuditTable(work: () => Promise<void>): Promise<void> {
  await deleteAuditTable();
  try {
    await work();
  } finally {
    const client = new DynamoDBClient({ endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB!, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    await ensureTable(client, tableName);
    client.destroy();
  }
}

async function deleteAuditTable(): Promise<void> {
  const { DeleteTableCommand } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB!, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await client.send(new DeleteTableCommand({ TableName: auditTableFor(tableName) }));
  client.destroy();
}

describe('a change and its audit entry', () => {
  it('commit together: who, what, which resources, when and the correlation id', async () => {
    const id = `audit-${randomUUID()}`;
    const event = newEvent('ApplicationSubmitted', submittedData(), { correlationId: 'corr-audit-1', now: new Date() });
    const before = Date.now();
    await asKari('corr-audit-1', () => table.transact([table.putNew({ ...cohortsKeys.cohort(id), version: 1 }, refused)], [event]));
    const [entry, ...more] = await entriesOf(`cohort:${id}`);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: { kind: 'person', subject: 'sub-kari', personId: kari.personId, municipalityNumber: '1721', roles: ['project-leader'] },
      action: 'POST /cohorts',
      what: ['ApplicationSubmitted'],
      resources: [`cohort:${id}`],
      correlationId: 'corr-audit-1',
    });
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(before - 1);
    // Kept ten years by default (the TTL), found by person and by day too.
    expect(new Date(entry!.expiresAt).getUTCFullYear() - new Date(entry!.at).getUTCFullYear()).toBe(10);
    expect((await audit.find({ by: 'actor', actor: kari.personId }, {}, 100)).entries.map((e) => e.id)).toContain(entry!.id);
    const day = entry!.at.slice(0, 10);
    expect((await audit.find({ by: 'time' }, { from: `${day}T00:00:00.000Z`, to: new Date(Date.parse(day) + 86_400_000).toISOString() }, 500)).entries.map((e) => e.id)).toContain(entry!.id);
  });

  it('is not written when the change is refused', async () => {
    const id = `audit-${randomUUID()}`;
    await asKari('c-first', () => table.transact([table.putNew({ ...cohortsKeys.cohort(id), version: 1 }, refused)]));
    await expect(asKari('c-second', () => table.transact([table.putNew({ ...cohortsKeys.cohort(id), version: 1, name: 'again' }, refused)]))).rejects.toThrow('refused');
    expect((await entriesOf(`cohort:${id}`)).map((e) => e.correlationId)).toEqual(['c-first']);
  });

  it('and the change are not written when the entry cannot be (one transaction)', async () => {
    const id = `audit-${randomUUID()}`;
    await withoutAuditTable(async () => {
      await expect(asKari('c-lost', () => table.transact([table.putNew({ ...cohortsKeys.cohort(id), version: 1 }, refused)]))).rejects.toThrow();
    });
    expect(await read(cohortsKeys.cohort(id))).toBeUndefined();
    expect(await entriesOf(`cohort:${id}`)).toEqual([]);
  });

  it('is never overwritten: its Put is conditional on a new key', async () => {
    const id = `audit-${randomUUID()}`;
    await asKari('c-original', () => table.transact([table.putNew({ ...cohortsKeys.cohort(id), version: 1 }, refused)]));
    const { Items } = await documentClient.send(new QueryCommand({ TableName: auditTableFor(tableName), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `RESOURCE#cohort:${id}` } }));
    const stored = Items![0]!;
    await expect(
      documentClient.send(new PutCommand({ TableName: auditTableFor(tableName), Item: { ...stored, correlationId: 'forged' }, ConditionExpression: 'attribute_not_exists(pk)' })),
    ).rejects.toThrow(/conditional/i);
    expect((await entriesOf(`cohort:${id}`)).map((e) => e.correlationId)).toEqual(['c-original']);
  });

  it('names every resource of the transaction, condition checks left out, one partition each', async () => {
    const [a, b, checked] = [`a-${randomUUID()}`, `b-${randomUUID()}`, `c-${randomUUID()}`];
    await asKari('c-setup', () => table.transact([table.putNew({ ...cohortsKeys.cohort(checked), version: 1 }, refused)]));
    await asKari('c-two', () =>
      table.transact([
        table.putNew({ ...cohortsKeys.cohort(a), version: 1 }, refused),
        table.putNew({ ...cohortsKeys.cohort(b), version: 1 }, refused),
        { item: { ConditionCheck: { TableName: tableName, Key: cohortsKeys.cohort(checked), ConditionExpression: 'attribute_exists(pk)' } } },
      ]),
    );
    const [first] = await entriesOf(`cohort:${a}`);
    const [second] = await entriesOf(`cohort:${b}`);
    expect(first).toEqual(second);
    expect(first!.resources).toEqual([`cohort:${a}`, `cohort:${b}`]);
    expect((await entriesOf(`cohort:${checked}`)).map((e) => e.correlationId)).toEqual(['c-setup']);
  });

  it('takes the last item of a full transaction, and a transaction with no room left is refused before it is sent', async () => {
    const ids = Array.from({ length: 99 }, () => `full-${randomUUID()}`);
    await asKari('c-full', () => table.transact(ids.map((id) => table.putNew({ ...cohortsKeys.cohort(id), version: 1 }, refused))));
    const [entry] = await entriesOf(`cohort:${ids[0]}`);
    expect(entry!.resources).toHaveLength(99);
    expect(await entriesOf(`cohort:${ids[1]}`)).toEqual([]);
    const more = Array.from({ length: 100 }, () => `over-${randomUUID()}`);
    await expect(table.transact(more.map((id) => table.putNew({ ...cohortsKeys.cohort(id), version: 1 }, refused)))).rejects.toThrow(/at most 100 items with its audit entry/);
    expect(await read(cohortsKeys.cohort(more[0]!))).toBeUndefined();
  });
});

describe('a read of one municipality’s figures', () => {
  const secretariat = { sub: `sekretariat-${randomUUID()}`, role: 'secretariat' };

  it('is recorded: who read which municipality, through which route', async () => {
    const before = (await entriesOf('municipality:1721')).length;
    const answer = await call('getAbsenceFigures', { claims: secretariat, params: { number: '1721' } });
    expect(answer.status).toBe(200);
    const entries = await entriesOf('municipality:1721');
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actor: { kind: 'staff', subject: secretariat.sub, roles: ['secretariat'] },
      action: 'GET /municipalities/{number}/absence-figures',
      what: ['read:absence-figures'],
      resources: ['municipality:1721'],
      correlationId: answer.headers['x-correlation-id'],
    });
  });

  it('is refused (503, retry) when it cannot be recorded: no figures leave unaudited', async () => {
    await withoutAuditTable(async () => {
      const answer = await call('getAbsenceFigures', { claims: secretariat, params: { number: '1721' } });
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBeDefined();
      expect(answer.json).not.toHaveProperty('figures');
    });
  });
});

describe('finding entries', () => {
  it('pages a resource’s entries oldest first, each once', async () => {
    const id = `paged-${randomUUID()}`;
    const key = cohortsKeys.cohort(id);
    await asKari('p-1', () => table.transact([table.putNew({ ...key, version: 1 }, refused)]));
    for (const [n, version] of [['p-2', 1], ['p-3', 2]] as const) await asKari(n, () => table.transact([table.putVersioned({ ...key, version }, `Cohort ${id}`)]));
    const first = await audit.find({ by: 'resource', resource: `cohort:${id}` }, {}, 2);
    expect(first.entries.map((e) => e.correlationId)).toEqual(['p-1', 'p-2']);
    const second = await audit.find({ by: 'resource', resource: `cohort:${id}` }, {}, 2, first.lastKey);
    expect(second.entries.map((e) => e.correlationId)).toEqual(['p-3']);
    expect(second.lastKey).toBeUndefined();
  });
});

afterAll(() => deleteTestTable());
