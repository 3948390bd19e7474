/** Building audit entries: who the principal is, which resources a transaction touched, when the entry expires, the items that store it. */
import { describe, expect, it } from 'vitest';
import { actorOf, auditItems, expiryOf, resourceOf, resourcesOf, systemActor, type AuditEntry } from '../../../shared/platform/audit/entry.ts';
import { currentAuditContext, withAuditContext } from '../../../shared/platform/audit/actor.ts';
import { auditPuts, MAX_AUDIT_ITEMS_PER_WRITE } from '../../../shared/platform/audit/audit-log.ts';

const entry = (resources: string[]): AuditEntry => ({
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  at: '2026-12-02T05:50:12.345Z',
  actor: { kind: 'person', subject: 'sub-1', personId: 'p-1', roles: ['project-leader'], municipalityNumber: '1721' },
  action: 'POST /applications',
  what: ['ApplicationSubmitted'],
  resources,
  correlationId: 'corr-1',
});

describe('the actor of an entry', () => {
  it('records a person with its person, roles and municipality, and no name', () => {
    expect(actorOf({ kind: 'person', subject: 's', personId: 'p', name: 'Kari', municipalityNumber: '1721', roles: ['figures-uploader'] })).toEqual({
      kind: 'person',
      subject: 's',
      personId: 'p',
      roles: ['figures-uploader'],
      municipalityNumber: '1721',
    });
  });

  it('records a machine client with its client, scopes, organisation, municipality and supplier', () => {
    expect(
      actorOf({ kind: 'machine', subject: 'client-1', organisationNumber: '938587418', municipalityNumber: '1721', scopes: ['kvalitetskommune:figures.write'], supplier: '0192:987654321' }),
    ).toEqual({ kind: 'machine', subject: 'client-1', roles: ['kvalitetskommune:figures.write'], municipalityNumber: '1721', organisationNumber: '938587418', supplier: '0192:987654321' });
  });

  it('records staff with its role, and a bootstrap account without a person', () => {
    expect(actorOf({ kind: 'staff', role: 'secretariat', subject: 'boot', personId: undefined })).toEqual({ kind: 'staff', subject: 'boot', roles: ['secretariat'] });
    expect(actorOf({ kind: 'staff', role: 'advisor', subject: 'a', personId: 'p-9', advises: new Set(['1721']) })).toEqual({ kind: 'staff', subject: 'a', personId: 'p-9', roles: ['advisor'] });
  });

  it('names the system by its function', () => {
    expect(systemActor('sendDecisionLetter')).toEqual({ kind: 'system', subject: 'function:sendDecisionLetter' });
  });
});

describe('the ambient audit context', () => {
  it('is the one entered, in everything awaited inside it, and not outside', async () => {
    const context = { actor: systemActor('x'), action: 'function:x', correlationId: 'c-1' };
    const seen = await withAuditContext(context, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentAuditContext();
    });
    expect(seen).toBe(context);
    expect(currentAuditContext().actor.subject).toMatch(/^process:/);
  });

  it('keeps concurrent invocations apart', async () => {
    const run = (id: string, ms: number) =>
      withAuditContext({ actor: systemActor(id), action: id, correlationId: id }, async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return currentAuditContext().correlationId;
      });
    expect(await Promise.all([run('a', 20), run('b', 1), run('c', 10)])).toEqual(['a', 'b', 'c']);
  });
});

describe('resources of a transaction', () => {
  it('are its partitions, named <kind>:<id>, once each, outbox items left out', () => {
    expect(resourceOf('APPLICATION#abc')).toBe('application:abc');
    expect(resourceOf('EMAIL_CONFIRMATION#f00')).toBe('email-confirmation:f00');
    expect(resourceOf('EMAIL#kari@verdal.kommune.no')).toBe('email:kari@verdal.kommune.no');
    expect(resourceOf('REPORT_SWEEP')).toBe('report-sweep');
    expect(resourcesOf(['APPLICATION#a', 'COHORT#c', 'APPLICATION#a', 'OUTBOX#e1', 'MUNICIPALITY#1721'])).toEqual(['application:a', 'cohort:c', 'municipality:1721']);
  });
});

describe('expiry', () => {
  it('is the configured number of calendar years after the entry', () => {
    expect(new Date(expiryOf('2026-12-02T05:50:12.345Z', 10) * 1000).toISOString()).toBe('2036-12-02T05:50:12.000Z');
    expect(new Date(expiryOf('2028-02-29T00:00:00.000Z', 1) * 1000).toISOString()).toBe('2029-03-01T00:00:00.000Z');
  });
});

describe('the items storing an entry', () => {
  it('are one per resource, each the whole entry; only the first is in the actor and day indexes', () => {
    const items = auditItems(entry(['application:a', 'cohort:c']), 10, 10);
    expect(items.map((i) => i.pk)).toEqual(['RESOURCE#application:a', 'RESOURCE#cohort:c']);
    expect(items.every((i) => i.sk === '2026-12-02T05:50:12.345Z#6f1c2d3e-0000-4000-8000-000000000001')).toBe(true);
    expect(items[0]).toMatchObject({ actorKey: 'ACTOR#p-1', dayKey: 'DAY#2026-12-02', atKey: items[0]!.sk, resources: ['application:a', 'cohort:c'], correlationId: 'corr-1' });
    expect(items[1]).not.toHaveProperty('actorKey');
    expect(items[1]).not.toHaveProperty('dayKey');
    expect(items[1]).toMatchObject({ what: ['ApplicationSubmitted'], actor: { personId: 'p-1' } });
  });

  it('find a subject without a person by its subject', () => {
    const [item] = auditItems({ ...entry(['x:1']), actor: { kind: 'machine', subject: 'client-7', roles: [] } }, 10, 1);
    expect(item!.actorKey).toBe('ACTOR#client-7');
  });

  it('are at most the room left, at least one, every resource still listed', () => {
    const many = Array.from({ length: 30 }, (_, i) => `cohort:${i}`);
    const items = auditItems(entry(many), 10, 3);
    expect(items).toHaveLength(3);
    expect(items[2]!.resources).toHaveLength(30);
    expect(auditItems(entry([]), 10, 5).map((i) => i.pk)).toEqual(['RESOURCE#none']);
  });

  it('are conditional Puts on a new key, never more than the limit per write', () => {
    const puts = auditPuts('audit', Array.from({ length: 40 }, (_, i) => `COHORT#${i}`), [], 90);
    expect(puts).toHaveLength(MAX_AUDIT_ITEMS_PER_WRITE);
    for (const put of puts) expect(put.Put).toMatchObject({ TableName: 'audit', ConditionExpression: 'attribute_not_exists(pk)' });
    expect(puts[0]!.Put!.Item).toMatchObject({ what: ['state-change'] });
    expect(auditPuts('audit', ['COHORT#1', 'COHORT#2'], ['CohortOpened'], 1)).toHaveLength(1);
  });
});
