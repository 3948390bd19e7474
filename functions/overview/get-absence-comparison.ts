import { absenceRepository, aggregateIsSuppressed, disclosureRule, percentage, protectTable, quarterEnd, quarterlyTotals, round, shiftQuarter, sumDays, type QuarterTotal } from '#shared/absence/index.ts';
import { NATIONAL_SOURCE, nationalFigure } from '#shared/statistics/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getAbsenceComparison } from '#shared/overview/routes.ts';

const MAX_QUARTERS = 40;

/**
 * GET /overview/absence-comparison?from=&to=: per quarter, the municipalities admitted by the
 * quarter's end against all others, each group's percentage from its summed days (small groups
 * suppressed), beside Statistics Norway's national figure.
 */
export const handler = httpHandler(getAbsenceComparison, async ({ query }) => {
  const quarters: string[] = [];
  for (let q = query.from; q <= query.to; q = shiftQuarter(q, -1)) quarters.push(q);
  if (quarters.length > MAX_QUARTERS) throw refuse.invalid(`At most ${MAX_QUARTERS} quarters at once`, [{ pointer: '/query/to', detail: `At most ${MAX_QUARTERS} quarters after from` }]);
  const admissions = await participantsRepository().admissions();
  const rule = disclosureRule();
  const rows = await Promise.all(
    quarters.map(async (quarter) => {
      const end = quarterEnd(quarter);
      const admitted = admissions.filter((a) => a.admittedOn <= end);
      const participants = new Set(admitted.map((a) => a.municipalityNumber));
      const groups = { participants: [] as QuarterTotal[], nonParticipants: [] as QuarterTotal[] };
      const totals = new Map<string, QuarterTotal>();
      for (const [number, figures] of await absenceRepository().figuresOfQuarter(quarter)) {
        const total = quarterlyTotals(figures).get(quarter);
        if (!total) continue;
        totals.set(number, total);
        (participants.has(number) ? groups.participants : groups.nonParticipants).push(total);
      }
      const figure = (list: QuarterTotal[], hidden: boolean) => {
        if (hidden) return { municipalities: list.length, suppressed: true, percentage: null };
        const sum = sumDays(list);
        const pct = percentage(sum);
        return { municipalities: list.length, suppressed: false, ...sum, percentage: pct === undefined ? null : round(pct) };
      };
      const grouped = (key: (a: (typeof admitted)[number]) => string | undefined, name: (a: (typeof admitted)[number]) => string) => {
        const members = new Map<string, { name: string; days: QuarterTotal[] }>();
        for (const a of admitted) {
          const id = key(a);
          const days = totals.get(a.municipalityNumber);
          if (!id || !days) continue;
          const group = members.get(id) ?? { name: name(a), days: [] };
          group.days.push(days);
          members.set(id, group);
        }
        return [...members];
      };
      const cohorts = grouped((a) => a.cohortId, (a) => a.cohortName);
      const networks = grouped((a) => a.networkId, (a) => a.networkName ?? '');
      // A group about few persons is suppressed, and so is a second where cohorts (or networks) would give it away against the participants.
      const cells = new Map([
        ['participants', groups.participants],
        ['nonParticipants', groups.nonParticipants],
        ...cohorts.map(([id, g]) => [`cohort:${id}`, g.days] as const),
        ...networks.map(([id, g]) => [`network:${id}`, g.days] as const),
      ]);
      const primary = new Set([...cells].filter(([, parts]) => aggregateIsSuppressed(parts, rule)).map(([key]) => key));
      const hidden = protectTable(primary, new Map([...cells].map(([key, parts]) => [key, { weight: sumDays(parts).agreedDays }])), [
        { total: 'participants', parts: cohorts.map(([id]) => `cohort:${id}`) },
        { total: 'participants', parts: networks.map(([id]) => `network:${id}`) },
      ]);
      const p = figure(groups.participants, hidden.has('participants'));
      const n = figure(groups.nonParticipants, hidden.has('nonParticipants'));
      const national = nationalFigure(quarter);
      return {
        quarter,
        participants: p,
        nonParticipants: n,
        national: national ? { ...national, source: `${NATIONAL_SOURCE.attribution} (${NATIONAL_SOURCE.licence})` } : null,
        difference: p.percentage !== null && n.percentage !== null ? round(p.percentage - n.percentage) : null,
        byCohort: cohorts.map(([id, g]) => ({ id, name: g.name, ...figure(g.days, hidden.has(`cohort:${id}`)) })),
        byNetwork: networks.map(([id, g]) => ({ id, name: g.name, ...figure(g.days, hidden.has(`network:${id}`)) })),
      };
    }),
  );
  return json(200, { from: query.from, to: query.to, quarters: rows });
});
