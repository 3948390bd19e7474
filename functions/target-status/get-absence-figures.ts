import { figuresOf } from '#shared/absence/repository.ts';
import { getMunicipality } from '#shared/municipalities/repository.ts';
import { getTargetStatus } from '#shared/target-status/repository.ts';
import { config } from '#shared/platform/config.ts';
import { percentage, quarterlyTotals, rollingFourQuarters, round } from '#shared/absence/model.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getAbsenceFigures } from '#shared/target-status/routes.ts';

/**
 * GET /municipalities/{number}/absence-figures: the current figures, the quarterly series and the
 * target status. A number the register does not know is 404 (as GET /municipalities/{number}),
 * not an empty series that reads as a municipality without figures.
 */
export const handler = httpHandler(getAbsenceFigures, async ({ params }) => {
  const tableName = config.tableName();
  const [municipality, figures, status] = await Promise.all([
    getMunicipality(tableName, params.number),
    figuresOf(tableName, params.number),
    getTargetStatus(tableName, params.number),
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
