/**
 * Stimulus funds in the programme table:
 *
 * | item                                                    | key                                                  |
 * | ------------------------------------------------------- | ---------------------------------------------------- |
 * | a budget line of a year (budget, granted, paid, remaining) | pk BUDGET#<year>, sk LINE#<line>                  |
 * | what a cohort was granted and paid from a line          | pk BUDGET#<year>, sk COHORT#<cohortId>#<line>        |
 * | a grant                                                 | pk GRANT#<id>, sk GRANT                              |
 * | a cohort's grants (by municipality, application time)   | gsi1 GRANTS#<cohortId> / <nr>#<appliedAt>#<id>       |
 *
 * Why decisions taken at once never grant more than a line holds: a decision is one
 * transaction that puts the grant (only while it is still `applied`, at the version read),
 * adds the amount to the line's `granted` and takes it from its `remaining` only if
 * `remaining >= :amount` (remaining = budget - granted, kept by every write of the line),
 * adds it to the cohort's counter, and puts the GrantDecided event. A failed line condition
 * writes nothing; the line is read again to say what is left. A transaction that lost only on
 * contention (another decision on the same line committing) is tried again.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { visibleTo } from '../platform/auth/tenancy.ts';
import { withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { ConcurrentChangeError, type TransactionStep } from '../platform/dynamodb/transaction.ts';
import { refuse } from '../platform/refusal.ts';
import { defaultBudget, DEFAULT_BUDGET_SOURCE } from './default-budget.ts';
import { BUDGET_LINES, ensureBudgetCovers, grantedOf, remainderOf, type BudgetLine, type BudgetLineName, type BudgetLines, type CohortLineCounter, type Grant } from './model.ts';

export const keys = {
  budgetYear: (year: number) => `BUDGET#${year}`,
  line: (year: number, line: BudgetLineName) => ({ pk: `BUDGET#${year}`, sk: `LINE#${line}` }),
  cohortCounter: (year: number, cohortId: string, line: BudgetLineName) => ({ pk: `BUDGET#${year}`, sk: `COHORT#${cohortId}#${line}` }),
  grant: (id: string) => ({ pk: `GRANT#${id}`, sk: 'GRANT' }),
  grantsOfCohort: (cohortId: string, municipalityNumber = '', appliedAt = '', id = '') => ({
    gsi1pk: `GRANTS#${cohortId}`,
    gsi1sk: municipalityNumber ? `${municipalityNumber}#${appliedAt}#${id}` : '',
  }),
} as const;

/** A year's budget as stored, with where it came from. */
export interface StoredBudget {
  readonly year: number;
  readonly lines: readonly BudgetLine[];
  readonly source?: string;
  readonly isDefault: boolean;
}

/** The line had less left than the decision grants. */
export class BudgetLineExceeded extends Error {
  readonly year: number;
  readonly line: BudgetLineName;
  readonly remaining: number;
  readonly requested: number;
  constructor(year: number, line: BudgetLineName, remaining: number, requested: number) {
    super(`The ${line} line of ${year} has ${remaining} øre left; ${requested} øre cannot be granted from it`);
    this.name = 'BudgetLineExceeded';
    this.year = year;
    this.line = line;
    this.remaining = remaining;
    this.requested = requested;
  }
}

/** The line's condition failed (or the line does not exist): read it to say why. */
class LineConditionFailed extends Error {}

/** How often a write that lost only on contention is tried again. */
const ATTEMPTS = 40;

const contended = (error: unknown) => error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 10 * 2 ** Math.min(attempt, 5))));

function lineOf(item: Record<string, unknown>): BudgetLine {
  return {
    year: Number(item.year),
    line: item.line as BudgetLineName,
    budget: Number(item.budget ?? 0),
    granted: Number(item.granted ?? 0),
    paid: Number(item.paid ?? 0),
    ...(item.updatedAt ? { updatedAt: String(item.updatedAt) } : {}),
  };
}

function grantItem(grant: Grant, version: number) {
  return { ...keys.grant(grant.id), ...keys.grantsOfCohort(grant.cohortId, grant.municipalityNumber, grant.appliedAt, grant.id), entity: 'Grant', ...grant, version };
}

export class FundsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** The lines and the cohorts' counters of a year, with the shipped default put in place first when nothing is stored. */
  async #yearItems(year: number): Promise<Record<string, unknown>[]> {
    const read = () => this.table.query({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.budgetYear(year) }, ConsistentRead: true });
    const items = await read();
    if (items.some((i) => i.entity === 'BudgetLine')) return items;
    return (await this.#seedDefault(year)) ? read() : items;
  }

  /** Puts the shipped default of a year when none of its lines is stored; false when it has none (or someone stored the year first). */
  async #seedDefault(year: number): Promise<boolean> {
    const lines = defaultBudget(year);
    if (!lines) return false;
    const at = new Date().toISOString();
    await this.table.transactIfConditionsHold(
      BUDGET_LINES.map((line) => ({
        Put: {
          TableName: this.table.name,
          Item: { ...keys.line(year, line), entity: 'BudgetLine', year, line, budget: lines[line], granted: 0, paid: 0, remaining: lines[line], source: DEFAULT_BUDGET_SOURCE, isDefault: true, updatedAt: at },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      })),
    );
    return true;
  }

  /** A year's budget (the shipped default when the secretariat has not set it), or undefined. */
  async budget(year: number): Promise<StoredBudget | undefined> {
    const lineItems = (await this.#yearItems(year)).filter((i) => i.entity === 'BudgetLine');
    if (lineItems.length === 0) return undefined;
    const lines = BUDGET_LINES.map((name) => lineOf(lineItems.find((i) => i.line === name) ?? { year, line: name }));
    const source = lineItems.find((i) => i.source)?.source;
    return { year, lines, ...(source ? { source: String(source) } : {}), isDefault: lineItems.every((i) => i.isDefault === true) };
  }

  /** A year's lines and the cohorts' counters, for the overview. */
  async overviewOf(year: number): Promise<{ lines: BudgetLine[]; cohorts: CohortLineCounter[] }> {
    const items = await this.#yearItems(year);
    return {
      lines: items.filter((i) => i.entity === 'BudgetLine').map(lineOf),
      cohorts: items
        .filter((i) => i.entity === 'BudgetCohortCounter')
        .map((i) => ({ cohortId: String(i.cohortId), line: i.line as BudgetLineName, granted: Number(i.granted ?? 0), paid: Number(i.paid ?? 0) })),
    };
  }

  /**
   * Sets a year's lines, each only if it is not below what is granted from it (else a 409
   * naming the line); `remaining` follows (budget - granted) in the same write.
   */
  async setBudget(year: number, lines: BudgetLines, source: string | undefined, by: string, now: Date): Promise<void> {
    const at = now.toISOString();
    const steps: TransactionStep[] = BUDGET_LINES.map((line) => ({
      item: {
        Update: {
          TableName: this.table.name,
          Key: keys.line(year, line),
          UpdateExpression:
            'SET entity = :entity, #year = :year, #line = :line, budget = :budget, granted = if_not_exists(granted, :zero), paid = if_not_exists(paid, :zero), ' +
            'remaining = :budget - if_not_exists(granted, :zero), isDefault = :false, setBy = :by, updatedAt = :at' +
            (source ? ', #source = :source' : ''),
          ConditionExpression: 'attribute_not_exists(granted) OR granted <= :budget',
          ExpressionAttributeNames: { '#year': 'year', '#line': 'line', ...(source ? { '#source': 'source' } : {}) },
          ExpressionAttributeValues: { ':entity': 'BudgetLine', ':year': year, ':line': line, ':budget': lines[line], ':zero': 0, ':false': false, ':by': by, ':at': at, ...(source ? { ':source': source } : {}) },
        },
      },
      onConditionFailed: () => new LineConditionFailed(line),
    }));
    for (let attempt = 0; ; attempt++) {
      try {
        await this.table.transact(steps);
        return;
      } catch (error) {
        if (error instanceof LineConditionFailed) {
          const line = error.message as BudgetLineName;
          const stored = await this.table.get<Record<string, unknown>>(keys.line(year, line));
          ensureBudgetCovers(line, year, lines[line], Number(stored?.value.granted ?? 0));
          // The line covered the budget when read again (it cannot shrink; a stale read): try once more, within bounds.
          if (attempt >= ATTEMPTS) throw error;
          continue;
        }
        if (contended(error) && attempt < ATTEMPTS) {
          await pause(attempt);
          continue;
        }
        throw error;
      }
    }
  }

  async get(id: string): Promise<Versioned<Grant> | undefined> {
    return this.table.get<Grant>(keys.grant(id));
  }

  /** The grant if the principal may see it (a municipality: its own); otherwise 404. */
  visibleGrant(principal: Principal | undefined, id: string): Promise<Versioned<Grant>> {
    return visibleTo(principal, this.get(id), `No grant ${id}`);
  }

  /** A cohort's grants; one municipality's only when given (by its key prefix). */
  async ofCohort(cohortId: string, municipalityNumber?: string): Promise<Grant[]> {
    const { gsi1pk } = keys.grantsOfCohort(cohortId);
    const items = municipalityNumber
      ? await this.table.query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :nr)',
          ExpressionAttributeValues: { ':pk': gsi1pk, ':nr': `${municipalityNumber}#` },
        })
      : await this.table.queryIndex('gsi1', gsi1pk);
    return items.map((item) => withoutStorageAttributes<Grant>(item));
  }

  /** Stores a new application with its event. */
  async insert(grant: Grant, events: readonly EventEnvelope[]): Promise<void> {
    await this.table.transact([this.table.putNew(grantItem(grant, 1), () => refuse.conflict(`Grant ${grant.id} exists`))], events);
  }

  /** Stores a grant changed from `version` (a payment, an account) with its events; `counters` are the line's and the cohort's paid sums to add to. */
  async save(grant: Versioned<Grant>, events: readonly EventEnvelope[], paid = 0): Promise<void> {
    const g = grant.value;
    const steps: TransactionStep[] = [this.table.putVersioned(grantItem(g, grant.version), `Grant ${g.id}`)];
    if (paid > 0) {
      steps.push(this.#addTo(keys.line(g.year, g.line), { paid }), this.#counter(g, { paid }));
    }
    await this.#transactRetrying(steps, events);
  }

  /**
   * Stores a decision: the grant (only while `applied`, at the version read), the line's
   * counters (only while `remaining` covers the amount), the cohort's counter and the event, in
   * one transaction. BudgetLineExceeded with what is left when the line cannot cover it.
   */
  async decide(decided: Versioned<Grant>, events: readonly EventEnvelope[]): Promise<void> {
    const g = decided.value;
    const amount = grantedOf(g);
    const grantStep: TransactionStep = {
      item: {
        Put: {
          TableName: this.table.name,
          Item: grantItem(g, decided.version + 1),
          ConditionExpression: '#status = :applied AND #version = :version',
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: { ':applied': 'applied', ':version': decided.version },
        },
      },
      onConditionFailed: () => new ConcurrentChangeError(`Grant ${g.id}`),
    };
    const steps: TransactionStep[] = [grantStep];
    if (amount > 0) {
      steps.push(
        {
          item: {
            Update: {
              TableName: this.table.name,
              Key: keys.line(g.year, g.line),
              UpdateExpression: 'ADD granted :amount, remaining :minus SET updatedAt = :at',
              ConditionExpression: 'attribute_exists(pk) AND remaining >= :amount',
              ExpressionAttributeValues: { ':amount': amount, ':minus': -amount, ':at': g.decision!.at },
            },
          },
          onConditionFailed: () => new LineConditionFailed(),
        },
        this.#counter(g, { granted: amount }),
      );
    }
    for (let seeded = false; ; seeded = true) {
      try {
        await this.#transactRetrying(steps, events);
        return;
      } catch (error) {
        if (!(error instanceof LineConditionFailed)) throw error;
        const line = await this.table.get<Record<string, unknown>>(keys.line(g.year, g.line));
        // A year with a shipped default and nothing stored yet: put the default in place and decide again.
        if (!line && !seeded && (await this.#seedDefault(g.year))) continue;
        throw new BudgetLineExceeded(g.year, g.line, line ? remainderOf(lineOf(line.value)) : 0, amount);
      }
    }
  }

  /** ADD to numeric attributes of an item (no condition). */
  #addTo(key: { pk: string; sk: string }, amounts: Record<string, number>): TransactionStep {
    const names = Object.keys(amounts);
    return {
      item: {
        Update: {
          TableName: this.table.name,
          Key: key,
          UpdateExpression: `ADD ${names.map((_n, i) => `#a${i} :a${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#a${i}`, n])),
          ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:a${i}`, amounts[n]])),
        },
      },
    };
  }

  /** The cohort's counter for the grant's year and line: adds to granted or paid, and names what it counts. */
  #counter(g: Grant, amounts: { granted?: number; paid?: number }): TransactionStep {
    const step = this.#addTo(keys.cohortCounter(g.year, g.cohortId, g.line), amounts);
    const update = step.item.Update!;
    return {
      item: {
        Update: {
          ...update,
          UpdateExpression: `${update.UpdateExpression} SET entity = :entity, cohortId = :cohort, #line = :line, #year = :year`,
          ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#line': 'line', '#year': 'year' },
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':entity': 'BudgetCohortCounter', ':cohort': g.cohortId, ':line': g.line, ':year': g.year },
        },
      },
    };
  }

  /** A transaction tried again while it loses only on contention. */
  async #transactRetrying(steps: readonly TransactionStep[], events: readonly EventEnvelope[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.table.transact(steps, events);
        return;
      } catch (error) {
        if (!contended(error) || attempt >= ATTEMPTS) throw error;
        await pause(attempt);
      }
    }
  }
}

let bound: FundsRepository | undefined;

/** The funds of this deployment's table, bound on first use. */
export const fundsRepository = (): FundsRepository => (bound ??= new FundsRepository(programmeTable()));
