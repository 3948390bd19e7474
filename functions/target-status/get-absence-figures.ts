import { absenceRepository, percentage, quarterlyTotals, rollingFourQuarters, round } from '#shared/absence/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { targetStatusRepository } from '#shared/target-status/index.ts';
import { recordRead } from '#shared/platform/audit/audit-log.ts';
import { programmeTable } from '#shared/platform/dynamodb/table.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getAbsenceFigures } from '#shared/target-status/routes.ts';

/**
 * GET /municipalities/{number}/absence-figures: the current figures, the quarterly series and the
 * target status. A number the register does not know is 404 (as GET /municipalities/{number}),
 * not an empty series that reads as a municipality without figures. Every read is audited (who
 * read which municipality's figures), beside the reads; when the entry cannot be written the
 * figures are not answered (503), never shown unrecorded.
 */
export const handler = httpHandler(getAbsenceFigures, async ({ params }) => {
  const [municipality, figures, status] = await Promise.all([
    municipalitiesRepository().get(params.number),
    absenceRepository().figuresOf(params.number),
    targetStatusRepository().get(params.number),
    recordRead(programmeTable().auditTableName, 'read:absence-figures', [`municipality:${params.number}`]),
  ]);
  if (!municipality) throw problems.notFound(`No municipality ${params.number}`);
  const totals = quarterlyTotals(figures);
  const quarterly = [...totals].map(([quarter, days]) => {
    const rolling = rollingFourQuarters(totals, quarter);
    return { quarter, ...days, percentage: round(percentage(days)!), ...(rolling ? { rollingFourQuarters: round(percentage(rolling)!) } : {}) };
  });
  return json(200, {
    municipalityNumber: params.number,
    figures: figures.map((f) => ({ ...f, percentage: round(percentage(f)!) })),
    quarterly,
    targetStatus: status?.value ?? null,
  });
});
