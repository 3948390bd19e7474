/**
 * The per-caller request counter against DynamoDB Local: callers racing on one counter are
 * admitted exactly up to the limit and never past it (the condition and the increment are one
 * step), a refused request counts nothing, each caller, class and window has its own item,
 * and every item expires after its window.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { admitRequest, type CountedRequest } from '../../shared/platform/http/rate-counter.ts';
import { keys } from '../../shared/platform/dynamodb/table-design.ts';
import { windowAt } from '../../shared/platform/http/rate-window.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
beforeAll(async () => {
  ({ tableName } = await createTestTable());
});

const window = windowAt(Date.UTC(2008, 2, 31, 12, 0, 30), 60);
const request = (overrides: Partial<CountedRequest> = {}): CountedRequest => ({ tableName, caller: 'caller-a', rateClass: 'standard', window, limit: 25, timeoutMs: 10_000, ...overrides });
const counter = async (r: CountedRequest) =>
  (await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.rateCounter(r.caller, r.rateClass, r.window.start), ConsistentRead: true }))).Item;

describe('admitRequest', () => {
  it('admits exactly the limit of 60 concurrent requests on one counter, and counts no refused one', async () => {
    const r = request({ caller: 'racing' });
    const answers = await Promise.all(Array.from({ length: 60 }, () => admitRequest(r)));
    expect(answers.filter(Boolean)).toHaveLength(25);
    expect(await counter(r)).toMatchObject({ requests: 25, expiration: window.end + 60 });
    // Later ones in the same window are refused too, and still count nothing.
    expect(await admitRequest(r)).toBe(false);
    expect((await counter(r))?.requests).toBe(25);
  });

  it('keeps callers, classes and windows apart: each has its own item', async () => {
    const a = request({ caller: 'apart', limit: 2 });
    expect([await admitRequest(a), await admitRequest(a), await admitRequest(a)]).toEqual([true, true, false]);
    expect(await admitRequest({ ...a, caller: 'apart-other' })).toBe(true);
    expect(await admitRequest({ ...a, rateClass: 'upload' })).toBe(true);
    expect(await admitRequest({ ...a, window: windowAt((window.end + 1) * 1000, 60) })).toBe(true);
    expect((await counter(a))?.requests).toBe(2);
    expect((await counter({ ...a, caller: 'apart-other' }))?.requests).toBe(1);
  });

  it('keeps the first expiry of a window (a later request does not prolong it)', async () => {
    const r = request({ caller: 'expiry' });
    await admitRequest(r);
    await admitRequest({ ...r, window: { start: window.start, end: window.end + 3600 } });
    expect((await counter(r))?.expiration).toBe(window.end + 60);
  });
});
