import { saveReport, visibleReport } from '#shared/reports/repository.ts';
import { config } from '#shared/platform/config.ts';
import { fieldErrors } from '#shared/platform/contract/field-errors.ts';
import { ReportSubmissions } from '#shared/reports/contract.ts';
import { ensureSubmittable } from '#shared/reports/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import * as z from 'zod';
import { submitReport } from '#shared/reports/routes.ts';

/** POST /reports/{id}/submission: the fields each kind of report requires; a returned report may be submitted again. */
export const handler = idempotentHttpHandler(submitReport, async ({ params, body, principal, correlationId }) => {
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
