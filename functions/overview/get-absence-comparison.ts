import { absenceRepository, percentage, quarterEnd, quarterlyTotals, round, shiftQuarter, sumDays, type Days } from '#shared/absence/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getAbsenceComparison } from '#shared/overview/routes.ts';

const MAX_QUARTERS = 40;

/**
 * GET /overview/absence-comparison?from=&to=: per quarter, the municipalities admitted by the
 * quarter's end against all others, each group's percentage from its summed days.
 */
export const handler = httpHandler(getAbsenceComparison, async ({ query }) => {
  const quarters: string[] = [];
  for (let q = query.from; q <= query.to; q = shiftQuarter(q, -1)) quarters.push(q);
  if (quarters.length > MAX_QUARTERS) throw refuse.invalid(`At most ${MAX_QUARTERS} quarters at once`, [{ pointer: '/query/to', detail: `At most ${MAX_QUARTERS} quarters after from` }]);
  const admissions = await participantsRepository().admissions();
  const rows = await Promise.all(
    quarters.map(async (quarter) => {
      const end = quarterEnd(quarter);
      const admitted = admissions.filter((a) => a.admittedOn <= end);
      const participants = new Set(admitted.map((a) => a.municipalityNumber));
      const groups = { participants: [] as Days[], nonParticipants: [] as Days[] };
      const totals = new Map<string, Days>();
      for (const [number, figures] of await absenceRepository().figuresOfQuarter(quarter)) {
        const total = quarterlyTotals(figures).get(quarter);
        if (!total) continue;
        totals.set(number, total);
        (participants.has(number) ? groups.participants : groups.nonParticipants).push(total);
      }
      const figure = (list: Days[]) => {
        const sum = sumDays(list);
        const pct = percentage(sum);
        return { municipalities: list.length, ...sum, percentage: pct === undefined ? null : round(pct) };
      };
      const p = figure(groups.participants);
      const n = figure(groups.nonParticipants);
      const grouped = (key: (a: (typeof admitted)[number]) => string | undefined, name: (a: (typeof admitted)[number]) => string) => {
        const members = new Map<string, { name: string; days: Days[] }>();
        for (const a of admitted) {
          const id = key(a);
          const days = totals.get(a.municipalityNumber);
          if (!id || !days) continue;
          const group = members.get(id) ?? { name: name(a), days: [] };
          group.days.push(days);
          members.set(id, group);
        }
        return [...members].map(([id, g]) => ({ id, name: g.name, ...figure(g.days) }));
      };
      return {
        quarter,
        participants: p,
        nonParticipants: n,
        difference: p.percentage !== null && n.percentage !== null ? round(p.percentage - n.percentage) : null,
        byCohort: grouped((a) => a.cohortId, (a) => a.cohortName),
        byNetwork: grouped((a) => a.networkId, (a) => a.networkName ?? ''),
      };
    }),
  );
  return json(200, { from: query.from, to: query.to, quarters: rows });
});
