/** The events of an application's life, built from the application and the register. */
import type { Application } from '../contracts/applications.ts';
import type { EventEnvelope } from '../contracts/events.ts';
import type { Municipality } from '../domain/municipality.ts';
import { newEvent } from './outbox.ts';

interface Context {
  readonly correlationId: string;
  readonly now: Date;
}

export function applicationSubmitted(application: Application, municipality: Municipality, context: Context): EventEnvelope<'ApplicationSubmitted'> {
  if (!application.submittedAt || !application.projectLeader || !application.focusAreas) throw new Error('Only a complete, submitted application can be announced');
  return newEvent(
    'ApplicationSubmitted',
    {
      applicationId: application.id,
      cohortId: application.cohortId,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      writtenStandard: municipality.writtenStandard,
      submittedAt: application.submittedAt,
      projectLeader: application.projectLeader,
      focusAreas: application.focusAreas,
    },
    context,
  );
}
