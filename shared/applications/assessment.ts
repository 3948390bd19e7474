/**
 * PUT /applications/{id}/assessment as a pure command: the secretariat assesses a submitted,
 * undecided application against every mandatory element once and recommends admission or
 * rejection (ApplicationAssessed). A new assessment replaces the previous one and counts its
 * version up. No I/O: the handler loads, calls, stores at the application's version.
 */
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { refuse } from '../platform/refusal.ts';
import type { CommandContext } from '../platform/commands.ts';
import type { Assessment, AssessmentRequest } from './assessment-contract.ts';
import type { Application } from './contract.ts';
import { MANDATORY_ELEMENTS } from './assessment-model.ts';

export interface Assessed {
  readonly state: Application;
  readonly assessment: Assessment;
  readonly events: EventEnvelope[];
}

/** The assessment recorded on the application; 409 unless it is submitted (and so undecided), 422 naming /elements unless each mandatory element is there once. */
export function assess(application: Application, request: AssessmentRequest, context: CommandContext & { readonly assessedBy: string }): Assessed {
  if (application.status !== 'submitted') throw refuse.conflict(`Only a submitted application awaiting its decision can be assessed; this application is ${application.status}`);
  const problem = elementsProblem(request.elements.map((e) => e.element));
  if (problem) throw refuse.invalid('Assess every mandatory element exactly once', [{ pointer: '/elements', detail: problem }]);
  const at = context.now.toISOString();
  // Elements in the programme's order, whatever order they were sent in.
  const elements = [...request.elements].sort((a, b) => MANDATORY_ELEMENTS.indexOf(a.element) - MANDATORY_ELEMENTS.indexOf(b.element));
  const assessment: Assessment = { ...request, elements, assessedBy: context.assessedBy, assessedAt: at, version: (application.assessment?.version ?? 0) + 1 };
  const state: Application = { ...application, assessment, updatedAt: at };
  const event = newEvent(
    'ApplicationAssessed',
    {
      applicationId: application.id,
      cohortId: application.cohortId,
      municipalityNumber: application.municipalityNumber,
      municipalityName: application.municipalityName,
      recommendation: assessment.recommendation,
      elementsNotMet: elements.filter((e) => !e.met).map((e) => e.element),
      assessedBy: assessment.assessedBy,
      assessedAt: at,
      version: assessment.version,
    },
    context,
  );
  return { state, assessment, events: [event] };
}

/** Undefined when every mandatory element is there exactly once; otherwise which are missing and which repeated. */
export function elementsProblem(elements: readonly string[]): string | undefined {
  const missing = MANDATORY_ELEMENTS.filter((m) => !elements.includes(m));
  const repeated = [...new Set(elements.filter((e, i) => elements.indexOf(e) !== i))];
  const parts = [missing.length > 0 ? `missing: ${missing.join(', ')}` : '', repeated.length > 0 ? `more than once: ${repeated.join(', ')}` : ''].filter(Boolean);
  return parts.length > 0 ? `Each of ${MANDATORY_ELEMENTS.join(', ')} exactly once; ${parts.join('; ')}` : undefined;
}
