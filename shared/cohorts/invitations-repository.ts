/**
 * Who was invited to apply to a cohort: one item per municipality that got the invitation
 * (pk COHORT#<id>, sk INVITATION#<nr>), in the cohort's partition, so "invited and not applied"
 * is one Query beside the cohort's applications. Written once (a redelivered CohortOpened
 * writes nothing again), after the invitation's notification is queued: a retry after a
 * failure between the two queues nothing twice and records what was missing.
 */
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';

export const invitationKeys = {
  invitation: (cohortId: string, municipalityNumber = '') => ({ pk: `COHORT#${cohortId}`, sk: `INVITATION#${municipalityNumber}` }),
} as const;

export interface CohortInvitation {
  readonly cohortId: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  /** The contact address the invitation went to. */
  readonly address: string;
  readonly invitedAt: string;
}

export class CohortInvitationsRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  /** Records the invitation if it is not recorded yet; false when it was. */
  record(invitation: CohortInvitation): Promise<boolean> {
    const item = { ...invitationKeys.invitation(invitation.cohortId, invitation.municipalityNumber), entity: 'CohortInvitation', ...invitation };
    return this.#table.transactIfConditionsHold([{ Put: { TableName: this.#table.name, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }]);
  }

  /** The cohort's invitations, in municipality number order (one partition). */
  async ofCohort(cohortId: string): Promise<CohortInvitation[]> {
    return (await this.#table.queryPrefix(invitationKeys.invitation(cohortId).pk, 'INVITATION#')).map((item) => withoutStorageAttributes<CohortInvitation>(item));
  }
}

let bound: CohortInvitationsRepository | undefined;

/** The deployment's invitations (TABLE_NAME), bound on first use. */
export const cohortInvitationsRepository = (): CohortInvitationsRepository => (bound ??= new CohortInvitationsRepository(programmeTable()));
