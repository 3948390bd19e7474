/**
 * People against DynamoDB Local: the guards that hold when requests race. Concurrent
 * deactivations of a municipality's last two project leaders never leave it without one (the
 * count's conditional update, not the read before it, decides); one address is one person even
 * when two invitations race; a deactivation writes the login `active: false` in its own
 * transaction, so the next request is refused; a login attached after a deactivation is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { AccessDirectory, AccessRefused } from '../../shared/platform/auth/directory.ts';
import type { Principal } from '../../shared/platform/auth/principal.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { ConcurrentChangeError } from '../../shared/platform/dynamodb/transaction.ts';
import { Refusal } from '../../shared/platform/refusal.ts';
import { deactivate, deactivatePersonOf, invitePersonOf, PeopleRepository, withLogin } from '../../shared/people/index.ts';
import { createTestTable, seedTestMunicipalities } from '../support/table.ts';

let table: Table;
let people: PeopleRepository;
const secretariat: Principal = { kind: 'staff', role: 'secretariat', subject: 'secretariat-test', personId: undefined };
let municipalityCounter = 3000;
const nextMunicipality = () => String(++municipalityCounter);

beforeAll(async () => {
  await createTestTable();
  table = new Table(process.env.TABLE_NAME!);
  people = new PeopleRepository(table);
  // People are invited into municipalities of the register: the numbers these cases use.
  await seedTestMunicipalities(
    table.name,
    Array.from({ length: 40 }, (_, i) => ({ number: String(3001 + i), name: `Kommune ${3001 + i}`, countyNumber: '30', countyName: 'Testfylke', validFrom: '2006-01-01', writtenStandard: 'bokmal' as const })),
  );
});

const invitePL = (organisation: string, n: number) =>
  invitePersonOf(organisation, { name: `Leder ${n}`, email: `leder-${n}-${organisation}-${randomUUID()}@kommune.no`, roles: ['project-leader'] }, secretariat, { correlationId: 'c', id: randomUUID() });

describe('the last project leader', () => {
  it('survives two deactivations decided on the same count (both read 2 before either writes)', async () => {
    const organisation = nextMunicipality();
    const [a, b] = [await invitePL(organisation, 1), await invitePL(organisation, 2)];
    const [readA, readB] = [(await people.getVersioned(a.id))!, (await people.getVersioned(b.id))!];
    const count = await people.projectLeaders(organisation);
    expect(count).toBe(2);
    const context = { correlationId: 'c', now: new Date(), by: 'secretariat-test' };
    // Each command alone allows its change (another leader remains by the count it read).
    const [outA, outB] = [deactivate(readA.value, count, context), deactivate(readB.value, count, context)];
    const results = await Promise.allSettled([people.save(readA, outA.state, outA.events), people.save(readB, outB.state, outB.events)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(Refusal);
    expect((rejected.reason as Refusal).kind).toBe('conflict');
    const left = (await people.ofOrganisation(organisation)).filter((p) => p.status !== 'deactivated');
    expect(left).toHaveLength(1);
    expect(await people.projectLeaders(organisation)).toBe(1);
  });

  it('survives concurrent deactivation requests, round after round', async () => {
    for (let round = 0; round < 5; round++) {
      const organisation = nextMunicipality();
      const leaders = [await invitePL(organisation, 1), await invitePL(organisation, 2)];
      const results = await Promise.allSettled(leaders.map((p) => deactivatePersonOf(organisation, p.id, secretariat, `c-${round}`)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const still = (await people.ofOrganisation(organisation)).filter((p) => p.status !== 'deactivated' && p.roles.includes('project-leader'));
      expect(still, `round ${round}`).toHaveLength(1);
    }
  });
});

describe('one person per address', () => {
  it('lets one of two concurrent invitations of an address through; the other is a 409', async () => {
    const organisation = nextMunicipality();
    const email = `dobbel-${randomUUID()}@kommune.no`;
    const results = await Promise.allSettled(
      [1, 2].map((n) => invitePersonOf(organisation, { name: `Dobbel ${n}`, email: n === 1 ? email : email.toUpperCase(), roles: ['observer'] }, secretariat, { correlationId: 'c', id: randomUUID() })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as Refusal).kind).toBe('conflict');
    expect(await people.ofOrganisation(organisation)).toHaveLength(1);
  });
});

describe('the login', () => {
  it('is refused from the request after the deactivation, in the same transaction', async () => {
    const organisation = nextMunicipality();
    await invitePL(organisation, 1);
    const observer = await invitePersonOf(organisation, { name: 'Obs', email: `obs-${randomUUID()}@kommune.no`, roles: ['observer'] }, secretariat, { correlationId: 'c', id: randomUUID() });
    const subject = randomUUID();
    const read = (await people.getVersioned(observer.id))!;
    await people.attachLogin(read, withLogin(read.value, subject));
    const directory = new AccessDirectory(table);
    expect(await directory.principalOf({ sub: subject })).toMatchObject({ kind: 'person', municipalityNumber: organisation, roles: ['observer'] });
    await deactivatePersonOf(organisation, observer.id, secretariat, 'c');
    const refused = await directory.principalOf({ sub: subject }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AccessRefused);
    expect((refused as AccessRefused).status).toBe(401);
  });

  it('is not attached to a person deactivated after it was read', async () => {
    const organisation = nextMunicipality();
    await invitePL(organisation, 1);
    const observer = await invitePersonOf(organisation, { name: 'Obs', email: `obs-${randomUUID()}@kommune.no`, roles: ['observer'] }, secretariat, { correlationId: 'c', id: randomUUID() });
    const stale = (await people.getVersioned(observer.id))!;
    await deactivatePersonOf(organisation, observer.id, secretariat, 'c');
    await expect(people.attachLogin(stale, withLogin(stale.value, randomUUID()))).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect((await people.get(observer.id))!.value.status).toBe('deactivated');
  });
});
