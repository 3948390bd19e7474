import { reportsRepository, sign, SignatoryRefused } from '#shared/reports/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { HttpProblem, problems } from '#shared/platform/http/problems.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { ConcurrentChangeError } from '#shared/platform/dynamodb/transaction.ts';
import { signReport } from '#shared/reports/routes.ts';

/** Signatures landing at once on one report: each lost race is read again and signed afresh. */
const ATTEMPTS = 6;

/**
 * POST /reports/{id}/signatures: management, a union representative or an elected official of
 * the report's municipality signs for the role given (the roles are the table's, resolved on
 * this request: a person without that role is refused, 403 naming it). The signature is one
 * versioned write with its events; the third also submits the report (ReportSubmitted).
 */
export const handler = idempotentHttpHandler(signReport, async ({ params, body, principal, correlationId }) => {
  const reports = reportsRepository();
  const first = await reports.visibleReport(principal, params.id);
  if (principal?.kind !== 'person') throw problems.forbidden(`Only a person of municipality ${first.value.municipalityNumber} holding the role ${body.role} may sign for ${body.role}`);
  const signer = { personId: principal.personId, name: principal.name ?? principal.subject, municipalityNumber: principal.municipalityNumber, roles: principal.roles };
  try {
    const signed = await reports.withRereads(
      params.id,
      ATTEMPTS,
      async (current) => {
        if (!current) throw problems.notFound(`No report ${params.id}`);
        const change = sign(current.value, body.role, signer, { by: principal.subject, correlationId, now: new Date() });
        await reports.save({ value: change.state, version: current.version }, change.events);
        return change.state;
      },
      first,
    );
    if (!signed) throw new ConcurrentChangeError(`Report ${params.id}`);
    return json(200, signed);
  } catch (error) {
    if (error instanceof SignatoryRefused) throw new HttpProblem(403, 'forbidden', 'Not allowed', error.message, [{ pointer: '/role', detail: error.message }]);
    throw error;
  }
});
