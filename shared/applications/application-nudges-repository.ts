/**
 * Which nudges went out before a cohort's window closes: one item per municipality and cohort
 * (pk COHORT#<id>, sk NUDGE#<nr>) holding the latest step sent and every step sent so far,
 * written in one transaction with the event that sends the nudge, and only for a step later
 * than the one it holds (fewer days before closesOn). However often the schedule runs, if two
 * runs overlap, or if a stale run comes after a later one: a step is sent at most once per
 * municipality and cohort, and never after a later step.
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';

export const nudgeKeys = {
  nudge: (cohortId: string, municipalityNumber = '') => ({ pk: `COHORT#${cohortId}`, sk: `NUDGE#${municipalityNumber}` }),
} as const;

export interface SentNudge {
  readonly cohortId: string;
  readonly municipalityNumber: string;
  /** The latest step sent: days before closesOn. */
  readonly daysBefore: number;
  /** Every step sent, in the order sent. */
  readonly steps: readonly number[];
  readonly sentFor: string;
}

export class ApplicationNudgesRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  /** Records the step with its event unless this or a later step was sent; false (nothing written) when it was. */
  claim(nudge: { readonly cohortId: string; readonly municipalityNumber: string; readonly daysBefore: number; readonly sentFor: string }, event: EventEnvelope): Promise<boolean> {
    return this.#table.transactIfConditionsHold(
      [
        {
          Update: {
            TableName: this.#table.name,
            Key: nudgeKeys.nudge(nudge.cohortId, nudge.municipalityNumber),
            UpdateExpression: 'SET entity = :entity, cohortId = :cohort, municipalityNumber = :number, daysBefore = :days, sentFor = :day, eventId = :event, steps = list_append(if_not_exists(steps, :none), :step)',
            ConditionExpression: 'attribute_not_exists(pk) OR daysBefore > :days',
            ExpressionAttributeValues: {
              ':entity': 'ApplicationNudge',
              ':cohort': nudge.cohortId,
              ':number': nudge.municipalityNumber,
              ':days': nudge.daysBefore,
              ':day': nudge.sentFor,
              ':event': event.metadata.eventId,
              ':none': [],
              ':step': [nudge.daysBefore],
            },
          },
        },
      ],
      [event],
    );
  }

  /** The nudges of a cohort sent so far (one partition), in municipality number order. */
  async ofCohort(cohortId: string): Promise<SentNudge[]> {
    const items = await this.#table.queryPrefix(nudgeKeys.nudge(cohortId).pk, 'NUDGE#');
    return items.map((i) => ({ cohortId: String(i.cohortId), municipalityNumber: String(i.municipalityNumber), daysBefore: Number(i.daysBefore), steps: (i.steps as number[]).map(Number), sentFor: String(i.sentFor) }));
  }
}

let bound: ApplicationNudgesRepository | undefined;

export const applicationNudgesRepository = (): ApplicationNudgesRepository => (bound ??= new ApplicationNudgesRepository(programmeTable()));
