/**
 * Gatherings of the new model stored directly (until POST /gatherings is on this branch), for
 * the sign-up tests: `storeGathering(tableName, { hosts, capacity, … })`.
 */
import { randomUUID } from 'node:crypto';
import { GatheringsRepository } from '../../shared/gatherings/repository.ts';
import type { GatheringRecord } from '../../shared/gatherings/model.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';

export function gatheringRecord(overrides: Partial<GatheringRecord> = {}): GatheringRecord {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    kind: 'learning-seminar',
    title: 'Læringsseminar 2',
    hosts: { cohortIds: [] },
    audience: 'participants',
    organiser: 'Kvalitetskommunesekretariatet',
    venue: { name: 'Thon Hotel Oslo Airport', address: 'Gardermoen' },
    when: { from: '2099-09-01', to: '2099-09-02', startTime: '10:00', endTime: '15:00' },
    sessions: [],
    capacity: {},
    status: 'scheduled',
    sequence: 0,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** Stores a gathering (version 0: new) and answers it. */
export async function storeGathering(tableName: string | Table, overrides: Partial<GatheringRecord> = {}): Promise<GatheringRecord> {
  const gathering = gatheringRecord(overrides);
  await new GatheringsRepository(typeof tableName === 'string' ? new Table(tableName) : tableName).save({ value: gathering, version: 0 }, []);
  return gathering;
}
