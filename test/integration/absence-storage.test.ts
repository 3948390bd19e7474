/**
 * How uploads are stored: revisions count only once their upload is committed (so a failure
 * midway leaves nothing that counts), the latest committed revision wins, and reassessing the
 * same data again is a no-op.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AbsenceRepository } from '../../shared/absence/repository.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { dynamoDbClient } from '../../shared/platform/dynamodb/client.ts';
import { CohortsRepository } from '../../shared/cohorts/index.ts';
import { ParticipantsRepository } from '../../shared/applications/index.ts';
import { TargetStatusRepository } from '../../shared/target-status/repository.ts';
import { keys as absenceKeys } from '../../shared/absence/repository.ts';
import { checkUpload } from '../../shared/absence/commands.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { acceptUpload } from '../../shared/absence/uploads.ts';
import { reassessTargetStatus } from '../../shared/target-status/reassess.ts';
import { completeApplication, openCohort } from '../support/fixtures.ts';
import { createTestTable, seedTestMunicipalities, verdal } from '../support/table.ts';

let tableName: string;
let table: Table;
let figures: AbsenceRepository;
let statuses: TargetStatusRepository;
let cohorts: CohortsRepository;
let participants: ParticipantsRepository;
const context = { uploadedBy: 'test', correlationId: 'c' };

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  table = new Table(tableName);
  figures = new AbsenceRepository(table);
  statuses = new TargetStatusRepository(table);
  cohorts = new CohortsRepository(table);
  participants = new ParticipantsRepository(table);
  await seedTestMunicipalities(tableName);
});

describe('absence figure storage', () => {
  it('ignores revisions whose upload never committed (a failure before the end)', async () => {
    const checked = checkUpload([{ municipalityNumber: '1431', period: '2007Q1', lostDays: 50, agreedDays: 1000 }]);
    await table.batchWriteAll([{ ...absenceKeys.absenceFigure('1431', '2007Q1', 'total', 'never-committed'), ...checked.figures[0], uploadId: 'never-committed' }]);
    expect(await figures.figuresOf('1431')).toEqual([]);
  });

  it('counts the latest committed revision and how many there were', async () => {
    await acceptUpload(figures, [{ municipalityNumber: '1431', period: '2007Q2', lostDays: 50, agreedDays: 1000 }], { ...context, now: new Date('2007-07-01T00:00:00Z') });
    await acceptUpload(figures, [{ municipalityNumber: '1431', period: '2007Q2', lostDays: 45, agreedDays: 1000 }], { ...context, now: new Date('2007-07-02T00:00:00Z') });
    expect(await figures.figuresOf('1431')).toEqual([expect.objectContaining({ period: '2007Q2', lostDays: 45, revisions: 2 })]);
  });

  it('recognises the same content as a repeat and stores nothing new', async () => {
    const rows = [{ municipalityNumber: '1431', period: '2007Q3', lostDays: 40, agreedDays: 1000 }];
    const first = await acceptUpload(figures, rows, context);
    const again = await acceptUpload(figures, rows, context);
    expect(again).toEqual({ ...first, duplicate: true });
    expect((await figures.figuresOf('1431')).find((f) => f.period === '2007Q3')?.revisions).toBe(1);
  });

  it('stores nothing when the precondition read fails, and its refusal comes before a repeat or invalid rows', async () => {
    const refused = new Error('no such municipality');
    const precondition = async () => {
      throw refused;
    };
    const rows = [{ municipalityNumber: '1431', period: '2008Q1', lostDays: 40, agreedDays: 1000 }];
    await expect(acceptUpload(figures, rows, { ...context, precondition })).rejects.toBe(refused);
    expect((await figures.figuresOf('1431')).find((f) => f.period === '2008Q1')).toBeUndefined();

    await acceptUpload(figures, rows, context);
    await expect(acceptUpload(figures, rows, { ...context, precondition })).rejects.toBe(refused);
    const sameFigureTwice = [rows[0]!, { ...rows[0]!, lostDays: 41 }];
    await expect(acceptUpload(figures, sameFigureTwice, { ...context, precondition })).rejects.toBe(refused);
    // Without the refusal, the same invalid rows are refused for what they are.
    await expect(acceptUpload(figures, sameFigureTwice, context)).rejects.toThrow(/repeat a figure/);
  });

  it('refuses a concurrent repeat (the content is claimed before any row is written)', async () => {
    const checked = checkUpload([{ municipalityNumber: '1431', period: '2007Q4', lostDays: 40, agreedDays: 1000 }]);
    const store = (uploadId: string) =>
      figures.storeUpload({ uploadId, receivedAt: new Date().toISOString(), uploadedBy: 't', checked }, newEvent('AbsenceFiguresUploaded', { uploadId, receivedAt: new Date().toISOString(), uploadedBy: 't', rows: 1, municipalities: ['1431'], quarters: ['2007Q4'] }, { correlationId: 'c', now: new Date() }));
    const results = await Promise.allSettled([store('x-1'), store('x-2')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // The loser finds the content claimed (in progress) or, if the first was quick, committed (a repeat).
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.name)).toEqual([expect.stringMatching(/^(UploadInProgressError|RepeatedUploadError)$/)]);
  });
});

describe('reassessment', () => {
  it('is a no-op the second time, and converges when run concurrently', async () => {
    const cohort = openCohort();
    await new CohortsRepository(table).insert(cohort);
    const { sickLeaveTarget, projectLeader, focusAreas } = completeApplication();
    await table.transact([
      new ParticipantsRepository(table).admit({
        cohortId: cohort.id,
        cohortName: cohort.name,
        municipalityNumber: verdal.number,
        municipalityName: verdal.name,
        applicationId: 'a',
        admittedOn: '2007-03-30',
        projectLeader,
        focusAreas,
        sickLeaveTarget,
        goals: [],
      }),
    ]);
    const rows = ['2007Q1', '2007Q2', '2007Q3', '2007Q4'].map((period) => ({ municipalityNumber: '1721', period, lostDays: 90, agreedDays: 1000 }));
    await acceptUpload(figures, rows, context);
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => reassessTargetStatus('1721', { correlationId: 'c', table })));
    // One writes; the others see it unchanged or lose the race (and a retry would find it unchanged).
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value === 'status-changed')).toHaveLength(1);
    expect(await reassessTargetStatus('1721', { correlationId: 'c', table })).toBe('unchanged');
    expect((await statuses.get('1721'))?.value).toMatchObject({ status: 'on-track', latest: { percentage: 9 } });
    expect(await reassessTargetStatus('1431', { correlationId: 'c', table })).toBe('not-a-participant');
  });

  it('reads only what it decides on: the latest admission, the figures, the stored status; the municipality only to announce', async () => {
    const commands: string[] = [];
    let counting = false;
    dynamoDbClient.middlewareStack.add(
      (next, ctx) => (args) => {
        if (counting) commands.push(ctx.commandName ?? '?');
        return next(args);
      },
      { step: 'initialize', name: 'countReassessmentRequests' },
    );
    const reassess = async () => {
      commands.length = 0;
      counting = true;
      const outcome = await reassessTargetStatus('1721', { correlationId: 'c', table });
      counting = false;
      return { outcome, commands: [...commands].sort() };
    };
    try {
      expect(await reassess()).toEqual({ outcome: 'unchanged', commands: ['GetItemCommand', 'QueryCommand', 'QueryCommand'] });
      // 2008Q1 at 9 %: still on track; the stored status is replaced without an event, in a transaction with its audit entry.
      await acceptUpload(figures, [{ municipalityNumber: '1721', period: '2008Q1', lostDays: 90, agreedDays: 1000 }], context);
      expect(await reassess()).toEqual({ outcome: 'figures-updated', commands: ['GetItemCommand', 'QueryCommand', 'QueryCommand', 'TransactWriteItemsCommand'] });
      // 2008Q2 at 20 %: off track, announced with the municipality's written standard.
      await acceptUpload(figures, [{ municipalityNumber: '1721', period: '2008Q2', lostDays: 200, agreedDays: 1000 }], context);
      expect(await reassess()).toEqual({ outcome: 'status-changed', commands: ['GetItemCommand', 'GetItemCommand', 'QueryCommand', 'QueryCommand', 'TransactWriteItemsCommand'] });
      expect((await statuses.get('1721'))?.value.status).toBe('off-track');
    } finally {
      dynamoDbClient.middlewareStack.remove('countReassessmentRequests');
    }
  });

  it('assesses against the latest admission’s target', async () => {
    const later = openCohort({ name: 'Pulje IV' });
    await new CohortsRepository(table).insert(later);
    const { projectLeader, focusAreas } = completeApplication();
    // A far lower target in the later cohort: the same figures are now off track from its baseline year on.
    const sickLeaveTarget = { baselineYear: 2007, baselinePercentage: 9, targetPercentage: 4, targetDate: '2008-06-30' };
    await table.transact([
      new ParticipantsRepository(table).admit({ cohortId: later.id, cohortName: later.name, municipalityNumber: '1721', municipalityName: 'Verdal', applicationId: 'b', admittedOn: '2008-01-15', projectLeader, focusAreas, sickLeaveTarget, goals: [] }),
    ]);
    expect(await reassessTargetStatus('1721', { correlationId: 'c', table })).not.toBe('unchanged');
    expect((await statuses.get('1721'))?.value).toMatchObject({ cohortId: later.id, targetPercentage: 4 });
  });
});
