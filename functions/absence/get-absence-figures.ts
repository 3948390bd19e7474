import { figuresOf } from '#shared/adapters/dynamodb/absence-repository.ts';
import { getTargetStatus } from '#shared/adapters/dynamodb/target-status-repository.ts';
import { config } from '#shared/config.ts';
import { MunicipalityParams } from '#shared/contracts/municipalities.ts';
import { percentage, quarterlyTotals, rollingFourQuarters, round } from '#shared/domain/sick-leave.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

/** GET /municipalities/{number}/absence-figures: the current figures, the quarterly series and the target status. */
export const handler = httpHandler('getAbsenceFigures', { params: MunicipalityParams }, async ({ params }) => {
  const tableName = config.tableName();
  const [figures, status] = await Promise.all([figuresOf(tableName, params.number), getTargetStatus(tableName, params.number)]);
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
