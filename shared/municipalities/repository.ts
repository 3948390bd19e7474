/**
 * The municipality register, bound to its table once: one item per number (pk MUNICIPALITY#<nr>,
 * sk PROFILE), all of them in one GSI partition in number order (gsi1 MUNICIPALITIES / <nr>).
 * Its keys are declared below, beside the item (the map of the whole table: platform/dynamodb/table-design.ts).
 */
import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { directoryKeys, organisationItem } from '../platform/auth/directory.ts';
import type { Municipality, MunicipalityChanges } from './model.ts';
import { refuse } from '../platform/refusal.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  municipality: (municipalityNumber: string) => ({ pk: `MUNICIPALITY#${municipalityNumber}`, sk: 'PROFILE' }),
  register: (municipalityNumber = '') => ({ gsi1pk: 'MUNICIPALITIES', gsi1sk: municipalityNumber }),
} as const;

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_KEYS = 100;
/** Unprocessed keys are resent with exponential backoff, at most this many times. */
const BATCH_GET_RETRIES = 8;

export class MunicipalitiesRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** One municipality by number; undefined when the number is unknown. */
  async get(municipalityNumber: string): Promise<Municipality | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.municipality(municipalityNumber) }));
    return Item ? withoutStorageAttributes<Municipality>(Item) : undefined;
  }

  /** The whole register in number order: one GSI partition of ~430 small items. */
  async list(): Promise<Municipality[]> {
    return (await this.table.queryIndex('gsi1', keys.register().gsi1pk)).map((item) => withoutStorageAttributes<Municipality>(item));
  }

  /** Several municipalities by number (BatchGetItem, 100 keys per call, unprocessed keys resent). */
  async getMany(numbers: readonly string[]): Promise<Map<string, Municipality>> {
    const tableName = this.table.name;
    const found = new Map<string, Municipality>();
    const unique = [...new Set(numbers)];
    for (let start = 0; start < unique.length; start += BATCH_GET_KEYS) {
      let requestKeys: Record<string, unknown>[] = unique.slice(start, start + BATCH_GET_KEYS).map((n) => keys.municipality(n));
      for (let attempt = 0; requestKeys.length > 0; attempt++) {
        if (attempt > BATCH_GET_RETRIES) throw new Error(`Could not read ${requestKeys.length} municipalities`);
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const result = await this.table.client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: requestKeys } } }));
        for (const item of result.Responses?.[tableName] ?? []) {
          const municipality = withoutStorageAttributes<Municipality>(item);
          found.set(municipality.number, municipality);
        }
        requestKeys = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return found;
  }

  /**
   * Sets the written standard, contact address and/or organisation number; refuses an unknown
   * number. A new organisation number is written with its access-directory item (which turns a
   * Maskinporten consumer into this municipality) in one transaction that also removes the old
   * number's item; a number another municipality has is refused with 409. Without one: a
   * transaction (with its audit entry), then a consistent read of the result (a transaction
   * returns no item).
   */
  async update(municipalityNumber: string, changes: MunicipalityChanges): Promise<Municipality> {
    if (changes.organisationNumber !== undefined) return this.updateWithOrganisationNumber(municipalityNumber, changes);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    const key = keys.municipality(municipalityNumber);
    await this.table.transact([
      {
        item: {
          Update: {
            TableName: this.table.name,
            Key: key,
            UpdateExpression: `${sets.length > 0 ? `SET ${sets.join(', ')} ` : ''}ADD #version :one`,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { ...names, '#version': 'version' },
            ExpressionAttributeValues: { ...values, ':one': 1 },
          },
        },
        onConditionFailed: () => refuse.notFound(`No municipality ${municipalityNumber}`),
      },
    ]);
    const updated = await this.table.get<Municipality>(key);
    if (!updated) throw refuse.notFound(`No municipality ${municipalityNumber}`);
    return updated.value;
  }

  /**
   * Sets the municipalities' contact addresses, each with `stepsFor(row)` (its address's record:
   * the secretariat's entry is trusted) in the same transaction, 50 rows per transaction
   * (DynamoDB's 100 items). The rows were checked first: a later failure (the database) leaves
   * some rows set, and sending the same file again sets the rest (every write is a plain SET).
   */
  async setContactAddresses(rows: readonly { municipalityNumber: string; contactEmail: string }[], stepsFor: (row: { contactEmail: string }) => readonly TransactionStep[]): Promise<number> {
    const perTransaction = 50;
    for (let start = 0; start < rows.length; start += perTransaction) {
      const steps = rows.slice(start, start + perTransaction).flatMap((row) => [
        {
          item: {
            Update: {
              TableName: this.table.name,
              Key: keys.municipality(row.municipalityNumber),
              UpdateExpression: 'SET contactEmail = :email ADD #version :one',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':email': row.contactEmail, ':one': 1 },
            },
          },
          onConditionFailed: () => refuse.notFound(`No municipality ${row.municipalityNumber}`),
        } satisfies TransactionStep,
        ...stepsFor(row),
      ]);
      await this.table.transact(steps);
    }
    return rows.length;
  }

  private async updateWithOrganisationNumber(municipalityNumber: string, changes: MunicipalityChanges): Promise<Municipality> {
    const current = await this.table.get<Municipality>(keys.municipality(municipalityNumber));
    if (!current) throw refuse.notFound(`No municipality ${municipalityNumber}`);
    const wanted = changes.organisationNumber ?? undefined;
    const previous = current.value.organisationNumber;
    if (wanted !== undefined && wanted !== previous) {
      const holder = await this.table.get<{ municipalityNumber: string }>(directoryKeys.organisation(wanted));
      if (holder && holder.value.municipalityNumber !== municipalityNumber) throw organisationNumberTaken(wanted, holder.value.municipalityNumber);
    }
    const { organisationNumber: _organisationNumber, ...rest } = current.value;
    const next: Municipality = { ...rest, ...definedOnly(changes), ...(wanted !== undefined ? { organisationNumber: wanted } : {}) };
    const steps = [this.table.putVersioned({ ...municipalityItem(next), version: current.version }, `Municipality ${municipalityNumber}`)];
    if (wanted !== undefined && wanted !== previous) {
      steps.push({
        item: {
          Put: {
            TableName: this.table.name,
            Item: organisationItem(wanted, municipalityNumber),
            // Another municipality took the number since it was read: refused, never overwritten.
            ConditionExpression: 'attribute_not_exists(pk) OR municipalityNumber = :nr',
            ExpressionAttributeValues: { ':nr': municipalityNumber },
          },
        },
        onConditionFailed: () => organisationNumberTaken(wanted, 'another municipality'),
      });
    }
    if (previous !== undefined && previous !== wanted) {
      steps.push({
        item: {
          Delete: {
            TableName: this.table.name,
            Key: directoryKeys.organisation(previous),
            ConditionExpression: 'attribute_not_exists(pk) OR municipalityNumber = :nr',
            ExpressionAttributeValues: { ':nr': municipalityNumber },
          },
        },
      });
    }
    await this.table.transact(steps);
    return next;
  }

  /**
   * Writes (seeds) municipalities into the register, each known organisation number with its
   * access-directory item; `onProgress` reports counts (items: profiles and organisation items).
   * Refuses a list in which two municipalities share an organisation number.
   */
  async putAll(municipalities: readonly Municipality[], onProgress?: (written: number, total: number) => void): Promise<void> {
    const holders = new Map<string, string>();
    for (const m of municipalities) {
      if (m.organisationNumber === undefined) continue;
      const other = holders.get(m.organisationNumber);
      if (other !== undefined && other !== m.number) throw new Error(`Municipalities ${other} and ${m.number} both have organisation number ${m.organisationNumber}`);
      holders.set(m.organisationNumber, m.number);
    }
    const items = [...municipalities.map(municipalityItem), ...[...holders].map(([organisationNumber, number]) => organisationItem(organisationNumber, number))];
    await this.table.batchWriteAll(items, onProgress ? { onProgress } : {});
  }
}

function municipalityItem(municipality: Municipality) {
  return { ...keys.municipality(municipality.number), ...keys.register(municipality.number), entity: 'Municipality', version: 1, ...municipality };
}

function definedOnly(changes: MunicipalityChanges): Partial<Municipality> {
  const { organisationNumber: _organisationNumber, ...rest } = changes;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<Municipality>;
}

function organisationNumberTaken(organisationNumber: string, holder: string) {
  return refuse.conflict(`Organisation number ${organisationNumber} belongs to ${/^\d{4}$/.test(holder) ? `municipality ${holder}` : holder} already; remove it there first`);
}

let bound: MunicipalitiesRepository | undefined;

/** This deployment's register (the programme table), bound on first use. */
export const municipalitiesRepository = (): MunicipalitiesRepository => (bound ??= new MunicipalitiesRepository(programmeTable()));

// Deprecated until the merge: the old table-name functions, for the callers in other
// capabilities, local/seed, test/support and bench. Each is one line over the class above.

