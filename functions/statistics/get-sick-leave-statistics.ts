import { absenceRepository, disclosureRule, quarterEnd, quarterlyTotals, shiftQuarter, type QuarterTotal } from '#shared/absence/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { NATIONAL_QUARTERS, statisticsRows, toJsonStat } from '#shared/statistics/index.ts';
import { toCsv } from '#shared/statistics/csv.ts';
import { MAX_STATISTICS_QUARTERS } from '#shared/statistics/contract.ts';
import { getSickLeaveStatistics } from '#shared/statistics/routes.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';

const CACHE_CONTROL = 'public, max-age=3600';

/**
 * GET /statistics/sick-leave?from=&to=&format=: the open statistics, public. One GSI query per
 * quarter (the figures of every municipality in it) and the register: at most 40 quarters.
 * Quarters with neither programme figures nor a national figure are left out, so a period
 * outside the data is an empty dataset. The ETag is the body's hash; If-None-Match → 304 (platform/http/cacheable.ts).
 */
export const handler = httpHandler(getSickLeaveStatistics, async ({ query, event }) => {
  const quarters: string[] = [];
  for (let q = query.from; q <= query.to; q = shiftQuarter(q, -1)) quarters.push(q);
  if (quarters.length > MAX_STATISTICS_QUARTERS) throw refuse.invalid(`At most ${MAX_STATISTICS_QUARTERS} quarters at once`, [{ pointer: '/query/to', detail: `At most ${MAX_STATISTICS_QUARTERS} quarters after from` }]);

  const [admissions, register, perQuarter] = await Promise.all([
    participantsRepository().admissions(),
    municipalitiesRepository().list(),
    Promise.all(
      quarters.map(async (quarter) => {
        const totals = new Map<string, QuarterTotal>();
        for (const [number, figures] of await absenceRepository().figuresOfQuarter(quarter)) {
          const total = quarterlyTotals(figures).get(quarter);
          if (total) totals.set(number, total);
        }
        return [quarter, totals] as const;
      }),
    ),
  ]);
  const totals = new Map(perQuarter);
  const withData = quarters.filter((q) => (totals.get(q)?.size ?? 0) > 0 || NATIONAL_QUARTERS.includes(q));
  const rule = disclosureRule();
  const rows = statisticsRows(
    { quarters: withData, totals, admissions, counties: new Map(register.map((m) => [m.number, { countyNumber: m.countyNumber, countyName: m.countyName }])), quarterEnd },
    rule,
  );

  const wantsCsv = query.format === 'csv' || (query.format === undefined && /\btext\/csv\b/.test(event.headers.accept ?? ''));
  const body = wantsCsv ? toCsv(rows) : JSON.stringify(toJsonStat(rows, rule));
  return cacheableAnswer(event, body, wantsCsv ? 'text/csv; charset=utf-8' : 'application/json', CACHE_CONTROL, { vary: 'accept' });
});
