import type { CohortAction, CohortRecord } from './model.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import { newEvent } from '../platform/outbox/new-event.ts';

const EVENT_OF_ACTION = { open: 'CohortOpened', close: 'CohortClosed', start: 'CohortStarted', complete: 'CohortCompleted' } as const;

/** The event announcing a cohort's new status. */
export function cohortStatusChanged(action: CohortAction, cohort: CohortRecord, context: { correlationId: string; now: Date }): EventEnvelope {
  return newEvent(
    EVENT_OF_ACTION[action],
    {
      cohortId: cohort.id,
      cohortName: cohort.name,
      status: cohort.status,
      applicationWindow: cohort.applicationWindow,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      changedAt: cohort.statusChangedAt,
    },
    context,
  );
}
