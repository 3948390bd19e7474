import { absenceRepository, disclosureRule, seesOwnFigures, seriesView } from '#shared/absence/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { disclosedAssessment, targetStatusRepository } from '#shared/target-status/index.ts';
import { recordRead } from '#shared/platform/audit/audit-log.ts';
import { programmeTable } from '#shared/platform/dynamodb/table.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getAbsenceFigures } from '#shared/target-status/routes.ts';

/**
 * GET /municipalities/{number}/absence-figures: the current figures, the quarterly series and the
 * target status, as this reader may see them (figures about few persons are the municipality's
 * own: shared/absence/series.ts). A number the register does not know is 404 (as GET
 * /municipalities/{number}), not an empty series that reads as a municipality without figures.
 * Every read is audited (who read which municipality's figures), beside the reads; when the
 * entry cannot be written the figures are not answered (503), never shown unrecorded.
 */
export const handler = httpHandler(getAbsenceFigures, async ({ params, principal }) => {
  const [municipality, figures, status] = await Promise.all([
    municipalitiesRepository().get(params.number),
    absenceRepository().figuresOf(params.number),
    targetStatusRepository().get(params.number),
    recordRead(programmeTable().auditTableName, 'read:absence-figures', [`municipality:${params.number}`]),
  ]);
  if (!municipality) throw problems.notFound(`No municipality ${params.number}`);
  const reader = { seesOwnFigures: seesOwnFigures(principal, params.number), rule: disclosureRule() };
  return json(200, {
    municipalityNumber: params.number,
    ...seriesView(figures, reader),
    targetStatus: status ? disclosedAssessment(status.value, reader.seesOwnFigures, reader.rule) : null,
  });
});
