import { absenceWarningsRepository } from '#shared/absence/index.ts';
import { decodeWarningCursor, encodeWarningCursor } from '#shared/absence/contract.ts';
import { listAbsenceWarnings } from '#shared/absence/routes.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';

/** GET /absence-figures/warnings?status=open|checked&municipalityNumber=: the secretariat's plausibility warnings, a page at a time. */
export const handler = httpHandler(listAbsenceWarnings, async ({ query }) => {
  const { warnings, lastKey } = await absenceWarningsRepository().list(query.status, {
    ...(query.municipalityNumber ? { municipalityNumber: query.municipalityNumber } : {}),
    limit: query.limit,
    ...(query.cursor ? { after: decodeWarningCursor(query.cursor) } : {}),
  });
  return json(200, { warnings, ...(lastKey ? { nextCursor: encodeWarningCursor(lastKey) } : {}) });
});
