/**
 * The transaction helper against DynamoDB Local: a state change with its events and its audit
 * entry is one TransactWriteItems, even a single write without events (its audit entry must
 * commit with it), and a failed condition refuses in the step's words.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { documentClient, dynamoDbClient } from '../../shared/platform/dynamodb/client.ts';
import { keys } from '../../shared/platform/dynamodb/table-design.ts';
import { keys as cohortsKeys } from '../../shared/cohorts/repository.ts';
import { ConcurrentChangeError } from '../../shared/platform/dynamodb/transaction.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { submittedData } from '../support/fixtures.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
let table: Table;
const commands: string[] = [];

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  table = new Table(tableName);
  dynamoDbClient.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
});
beforeEach(() => {
  commands.length = 0;
});

const read = async (key: { pk: string; sk: string }) => (await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
const refused = () => new Error('refused');
const event = () => newEvent('ApplicationSubmitted', submittedData(), { correlationId: 'c', now: new Date() });

describe('transact', () => {
  it('writes one item without events in a transaction with its audit entry', async () => {
    const key = cohortsKeys.cohort('alone-1');
    await table.transact([table.putNew({ ...key, version: 1 }, refused)]);
    expect(commands).toEqual(['TransactWriteItemsCommand']);
    expect(await read(key)).toMatchObject({ version: 1 });
  });

  it('throws the step’s error when the lone write’s condition fails, and writes nothing', async () => {
    const key = cohortsKeys.cohort('alone-2');
    await table.transact([table.putNew({ ...key, version: 1, name: 'first' }, refused)]);
    await expect(table.transact([table.putNew({ ...key, version: 1, name: 'second' }, refused)])).rejects.toThrow('refused');
    await expect(table.transact([table.putVersioned({ ...key, version: 7, name: 'stale' }, 'Cohort alone-2')])).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect(await read(key)).toMatchObject({ version: 1, name: 'first' });
  });

  it('replaces a versioned item when nobody changed it', async () => {
    const key = cohortsKeys.cohort('alone-3');
    await table.transact([table.putNew({ ...key, version: 1 }, refused)]);
    commands.length = 0;
    await table.transact([table.putVersioned({ ...key, version: 1, name: 'changed' }, 'Cohort alone-3')]);
    expect(commands).toEqual(['TransactWriteItemsCommand']);
    expect(await read(key)).toMatchObject({ version: 2, name: 'changed' });
  });

  it('writes a lone Update or Delete, each in a transaction with its audit entry', async () => {
    const key = cohortsKeys.cohort('alone-4');
    await table.transact([table.putNew({ ...key, version: 1 }, refused)]);
    commands.length = 0;
    await table.transact([
      { item: { Update: { TableName: tableName, Key: key, UpdateExpression: 'SET #n = :n', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#n': 'name' }, ExpressionAttributeValues: { ':n': 'updated' } } } },
    ]);
    expect(await read(key)).toMatchObject({ name: 'updated' });
    await table.transact([{ item: { Delete: { TableName: tableName, Key: key } } }]);
    expect(await read(key)).toBeUndefined();
    expect(commands.filter((c) => c !== 'GetItemCommand')).toEqual(['TransactWriteItemsCommand', 'TransactWriteItemsCommand']);
  });

  it('keeps a write and its event in one transaction', async () => {
    const key = cohortsKeys.cohort('with-event');
    const announced = event();
    await table.transact([table.putNew({ ...key, version: 1 }, refused)], [announced]);
    expect(commands).toEqual(['TransactWriteItemsCommand']);
    expect(await read(key)).toBeDefined();
    expect(await read(keys.outbox(announced.metadata.eventId))).toMatchObject({ eventType: 'ApplicationSubmitted' });
  });
});

describe('transactIfConditionsHold', () => {
  it('answers false for a lone write whose condition fails', async () => {
    const step = { Put: { TableName: tableName, Item: { ...cohortsKeys.cohort('once'), version: 1 }, ConditionExpression: 'attribute_not_exists(pk)' } };
    expect(await table.transactIfConditionsHold([step])).toBe(true);
    expect(await table.transactIfConditionsHold([step])).toBe(false);
    expect(commands).toEqual(['TransactWriteItemsCommand', 'TransactWriteItemsCommand']);
  });
});
