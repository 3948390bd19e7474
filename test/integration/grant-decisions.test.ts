/**
 * Grants decided at once against DynamoDB Local: the sum granted from a budget line never passes
 * the line, however many decisions race (the condition on the line's `remaining` and the grant
 * are one transaction), and each refused decision says what is left and commits nothing.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { apply, decide, BudgetLineExceeded, FundsRepository, type Grant } from '../../shared/funds/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { createTestTable } from '../support/table.ts';

let funds: FundsRepository;
const YEAR = 2031;
const now = new Date('2031-03-01T10:00:00Z');
const context = { by: 'secretariat-test', correlationId: 'grant-decisions', now };

beforeAll(async () => {
  const { tableName } = await createTestTable();
  funds = new FundsRepository(new Table(tableName));
  await funds.setBudget(YEAR, { secretariat: 0, 'competence-development': 0, 'stimulus-funds': 10_000 }, 'test', 'secretariat-test', now);
});

async function applied(cohortId: string, municipalityNumber: string, amountRequested: number): Promise<Grant> {
  const change = apply({ cohortId, municipalityNumber, municipalityName: `Kommune ${municipalityNumber}`, purpose: 'Nærværsarbeid i hjemmetjenesten', amountRequested, year: YEAR }, { ...context, id: randomUUID().replaceAll('-', '') });
  await funds.insert(change.state, change.events);
  return change.state;
}

async function decideStored(grant: Grant, granted: number): Promise<'granted' | BudgetLineExceeded> {
  const stored = (await funds.get(grant.id))!;
  const decided = decide(stored.value, { granted, comment: 'Innvilget' }, context);
  try {
    await funds.decide({ value: decided.state, version: stored.version }, decided.events);
    return 'granted';
  } catch (error) {
    if (error instanceof BudgetLineExceeded) return error;
    throw error;
  }
}

describe('grant decisions on one budget line', () => {
  it('grants exactly three of eight concurrent 3000-øre decisions on a 10000-øre line; the other five learn that 1000 øre is left', async () => {
    const grants = await Promise.all(Array.from({ length: 8 }, (_, i) => applied('cohort-race', String(1700 + i), 3_000)));
    const outcomes = await Promise.all(grants.map((g) => decideStored(g, 3_000)));
    expect(outcomes.filter((o) => o === 'granted')).toHaveLength(3);
    const refused = outcomes.filter((o): o is BudgetLineExceeded => o instanceof BudgetLineExceeded);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r).toMatchObject({ year: YEAR, line: 'stimulus-funds', remaining: 1_000, requested: 3_000 });

    const overview = await funds.overviewOf(YEAR);
    const line = overview.lines.find((l) => l.line === 'stimulus-funds')!;
    expect(line).toMatchObject({ budget: 10_000, granted: 9_000 });
    expect(overview.cohorts.find((c) => c.cohortId === 'cohort-race')).toMatchObject({ granted: 9_000 });
    // A refused decision committed nothing: its grant is still only applied.
    const statuses = await Promise.all(grants.map(async (g) => (await funds.get(g.id))!.value.status));
    expect(statuses.filter((s) => s === 'granted')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(5);
  });

  it('grants what is left when a decision asks no more, and then nothing', async () => {
    const a = await applied('cohort-rest', '1800', 5_000);
    const b = await applied('cohort-rest', '1801', 1);
    expect(await decideStored(a, 1_000)).toBe('granted');
    expect(await decideStored(b, 1)).toMatchObject({ remaining: 0, requested: 1 });
  });

  it('lets a decline (0 øre) through on an exhausted line', async () => {
    const c = await applied('cohort-rest', '1802', 2_000);
    expect(await decideStored(c, 0)).toBe('granted');
    expect((await funds.get(c.id))!.value.status).toBe('declined');
  });
});
