/**
 * The audit log end to end, through the local gateway: a person's change and what the system
 * did on its event, and a read of one municipality's figures, each found by resource, by person
 * and by time; a range by time past the limit is 422 naming the field and the limit; only the
 * secretariat reads the log.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { MAX_AUDIT_RANGE_DAYS } from '../../shared/audit/model.ts';
import { directoryKeys } from '../../shared/platform/auth/directory.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
let secretariat: string;
let leader: string;
let leaderPersonId: string;
let patched: ApiResponse;
let read: ApiResponse;

/** Every entry of a query, following nextCursor to the end. */
async function allEntries(query: string): Promise<Record<string, any>[]> {
  const entries: Record<string, any>[] = [];
  let cursor: string | undefined;
  do {
    const page = await api(`/audit-entries?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: secretariat });
    expect(page.status, JSON.stringify(page.json)).toBe(200);
    entries.push(...page.json.entries);
    cursor = page.json.nextCursor;
  } while (cursor);
  return entries;
}

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  const subject = `person-1721-${randomUUID()}`;
  leader = await personToken(stack, { municipality: '1721', roles: ['project-leader'], subject });
  const { Item } = await documentClient.send(new GetCommand({ TableName: stack.tableName, Key: directoryKeys.login(subject), ConsistentRead: true }));
  leaderPersonId = Item!.personId as string;

  // Verdal's project leader types the municipality's contact address (an audited change, whose
  // EmailAddressTyped event makes the system send a confirmation code: audited too), then reads
  // the municipality's figures (an audited read).
  patched = await api('/municipalities/1721', { method: 'PATCH', token: leader, body: { writtenStandard: 'bokmal', contactEmail: 'postmottak@verdal.kommune.no' } });
  expect(patched.status).toBe(200);
  read = await api('/municipalities/1721/absence-figures', { token: leader });
  expect(read.status).toBe(200);
  await stack.settled();
});

describe('the audit log', () => {
  it('finds the person’s change and read by resource, with who, what, when and the correlation id', async () => {
    const entries = await allEntries('resource=municipality:1721');
    const change = entries.find((e) => e.correlationId === patched.headers.get('x-correlation-id') && e.action === 'PATCH /municipalities/{number}' && e.what[0] === 'state-change');
    expect(change).toMatchObject({
      actor: { kind: 'person', personId: leaderPersonId, roles: ['project-leader'], municipalityNumber: '1721' },
      resources: ['municipality:1721'],
    });
    const figuresRead = entries.find((e) => e.what[0] === 'read:absence-figures');
    expect(figuresRead).toMatchObject({ action: 'GET /municipalities/{number}/absence-figures', correlationId: read.headers.get('x-correlation-id'), actor: { personId: leaderPersonId } });
    expect(Date.parse(figuresRead!.at)).toBeGreaterThan(Date.parse(change!.at));
  });

  it('finds everything the person did by person, oldest first, and what the system did on its event by subject, under the same correlation id', async () => {
    const mine = await allEntries(`personId=${leaderPersonId}`);
    expect(mine.map((e) => e.what[0])).toEqual(['EmailAddressTyped', 'state-change', 'read:absence-figures']);
    expect(mine[0]).toMatchObject({ resources: ['email:postmottak@verdal.kommune.no'], correlationId: patched.headers.get('x-correlation-id') });
    const system = await allEntries('subject=function:requestEmailConfirmation');
    expect(system).toHaveLength(1);
    expect(system[0]).toMatchObject({ actor: { kind: 'system', subject: 'function:requestEmailConfirmation' }, action: 'function:requestEmailConfirmation', correlationId: patched.headers.get('x-correlation-id') });
    expect(system[0]!.what).toContain('NotificationQueued');
  });

  it('finds them by time, within a day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const entries = await allEntries(`from=${today}&to=${today}`);
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(entries.length);
    for (const e of await allEntries(`personId=${leaderPersonId}`)) expect(ids).toContain(e.id);
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort());
  });

  it(`refuses a range by time over ${MAX_AUDIT_RANGE_DAYS} days with 422 naming the field and the limit`, async () => {
    const answer = await api('/audit-entries?from=2026-01-01&to=2026-03-01', { token: secretariat });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.json.errors).toEqual([{ pointer: '/query/to', detail: `A query by time spans at most ${MAX_AUDIT_RANGE_DAYS} days; ask for a longer range in parts` }]);
  });

  it('is the secretariat’s alone', async () => {
    expect((await api('/audit-entries?resource=municipality:1721', { token: leader })).status).toBe(403);
  });
});
