import { saveReport } from '#shared/adapters/dynamodb/reports-repository.ts';
import { config } from '#shared/config.ts';
import { fieldErrors } from '#shared/contracts/field-errors.ts';
import { ReportParams, ReportSubmissions } from '#shared/contracts/reports.ts';
import { ensureSubmittable } from '#shared/domain/report.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { visibleReport } from '#shared/http/access.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';
import * as z from 'zod';

/** POST /reports/{id}/submission: the fields each kind of report requires; a returned report may be submitted again. */
export const handler = idempotentHttpHandler('submitReport', { params: ReportParams, body: z.record(z.string(), z.unknown()) }, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  const report = await visibleReport(tableName, principal, params.id);
  ensureSubmittable(report.value.status);
  const parsed = ReportSubmissions[report.value.type].safeParse(body);
  if (!parsed.success) throw refuse.invalid(`A ${report.value.type} is incomplete`, fieldErrors(parsed.error, '', body));
  const now = new Date();
  const at = now.toISOString();
  const submitted = {
    ...report.value,
    status: 'submitted' as const,
    submission: parsed.data as Record<string, unknown>,
    submittedAt: at,
    history: [...report.value.history, { at, status: 'submitted' as const, by: principal!.subject }],
  };
  const event = newEvent('ReportSubmitted', { reportId: submitted.id, cohortId: submitted.cohortId, municipalityNumber: submitted.municipalityNumber, type: submitted.type, submittedAt: at }, { correlationId, now });
  await saveReport(tableName, { value: submitted, version: report.version }, [event]);
  return json(200, submitted);
});
