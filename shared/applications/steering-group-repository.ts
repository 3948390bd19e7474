/**
 * Where the steering group's meetings are stored, and the one transaction that records a meeting
 * with all its decisions: each application at the version it was read at (a meeting racing
 * another on the same application loses whole), its guard item, each admission's participant,
 * every decision's events, the meeting and SteeringGroupMeetingHeld. DynamoDB allows 100 items a
 * transaction; the audit entry needs one of them (MEETING_ITEM_BUDGET).
 *
 * Keys beside the items (the map of the whole table: platform/dynamodb/table-design.ts):
 * a meeting is pk COHORT#<cohortId>, sk STEERING_GROUP_MEETING#<meetingId>.
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import type { SteeringGroupMeeting } from './assessment-contract.ts';
import type { MeetingHeld } from './steering-group.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { MAX_TRANSACTION_ITEMS, type TransactionStep } from '../platform/dynamodb/transaction.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { ApplicationsRepository, ParticipantsRepository } from './repository.ts';

export const keys = {
  meeting: (cohortId: string, meetingId = '') => ({ pk: `COHORT#${cohortId}`, sk: `STEERING_GROUP_MEETING#${meetingId}` }),
} as const;

/** The items a meeting's decisions and events may take: all of a transaction's but the audit entry's one. */
export const MEETING_ITEM_BUDGET = MAX_TRANSACTION_ITEMS - 1;

export class SteeringGroupRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** The meeting and every decision in one transaction; any application changed since it was read refuses the whole (409). */
  async record(held: MeetingHeld): Promise<void> {
    const applications = new ApplicationsRepository(this.table);
    const participants = new ParticipantsRepository(this.table);
    const steps: TransactionStep[] = [];
    const events: EventEnvelope[] = [];
    for (const decision of held.decisions) {
      const [put, guard] = applications.saveSteps({ value: decision.state, version: decision.version });
      steps.push(put!, guard!);
      if (decision.participant) steps.push(participants.admit(decision.participant));
      events.push(...decision.events);
    }
    steps.push(this.table.putNew({ ...keys.meeting(held.meeting.cohortId, held.meeting.id), entity: 'SteeringGroupMeeting', ...held.meeting, version: 1 }, () => new Error(`Meeting ${held.meeting.id} exists`)));
    await this.table.transact(steps, [...events, ...held.events]);
  }

  async get(cohortId: string, meetingId: string): Promise<SteeringGroupMeeting | undefined> {
    return (await this.table.get<SteeringGroupMeeting>(keys.meeting(cohortId, meetingId)))?.value;
  }

  /** A cohort's meetings, oldest meeting first (then in the order recorded). */
  async ofCohort(cohortId: string): Promise<SteeringGroupMeeting[]> {
    const meetings = (await this.table.queryPrefix(keys.meeting(cohortId).pk, keys.meeting(cohortId).sk)).map((item) => withoutStorageAttributes<SteeringGroupMeeting>(item));
    return meetings.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.recordedAt.localeCompare(b.recordedAt));
  }
}

let steeringGroup: SteeringGroupRepository | undefined;

/** This deployment's steering-group meetings (the programme table), bound on first use. */
export const steeringGroupRepository = (): SteeringGroupRepository => (steeringGroup ??= new SteeringGroupRepository(programmeTable()));
