import { absenceWarningsRepository, disclosureRule, isSmall } from '#shared/absence/index.ts';
import { decodeWarningCursor, encodeWarningCursor } from '#shared/absence/contract.ts';
import { listAbsenceWarnings } from '#shared/absence/routes.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';

/** GET /absence-figures/warnings?status=open|checked&municipalityNumber=: the secretariat's plausibility warnings, a page at a time. */
const RULE_WORDS: Record<string, string> = {
  'percentage-over-limit': 'A percentage over the limit',
  'year-over-year-change': 'A large change from a year earlier',
  'agreed-days-per-person': 'Agreed days per person outside a quarter’s range',
  'sectors-differ-from-total': 'Sectors that differ from the total',
  'quarter-gap': 'Missing quarters',
};

export const handler = httpHandler(listAbsenceWarnings, async ({ query }) => {
  const { warnings, lastKey } = await absenceWarningsRepository().list(query.status, {
    ...(query.municipalityNumber ? { municipalityNumber: query.municipalityNumber } : {}),
    limit: query.limit,
    ...(query.cursor ? { after: decodeWarningCursor(query.cursor) } : {}),
  });
  // The secretariat is not the municipality's own: a warning's numbers about few persons stay with the municipality.
  const rule = disclosureRule();
  const shown = warnings.map((w) =>
    isSmall(w.headcount, rule) ? { ...w, detail: `${RULE_WORDS[w.rule] ?? w.rule}: the figure is about fewer than ${rule.minPersons} persons, so its numbers are shown only to the municipality` } : w,
  );
  return json(200, { warnings: shown, ...(lastKey ? { nextCursor: encodeWarningCursor(lastKey) } : {}) });
});
