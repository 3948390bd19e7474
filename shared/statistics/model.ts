/**
 * The programme's open statistics: per quarter, the sick-leave percentage of participants,
 * non-participants, each cohort's and each county's participants (from summed days, never an
 * average of percentages), beside Statistics Norway's national figure. Only aggregates, each
 * judged by the disclosure rule (the largest headcount among its municipalities), and
 * complementary suppression where a group could be derived from the others (cohorts and
 * counties each sum to the participants). Pure, no AWS.
 */
import { aggregateIsSuppressed, protectTable, type Cell, type DisclosureRule, type Relation } from '../absence/disclosure.ts';
import { percentage, round, sumDays, type QuarterTotal } from '../absence/model.ts';
import { nationalFigure } from './national-reference.ts';

export interface StatisticsInput {
  readonly quarters: readonly string[];
  /** Each quarter's municipality totals (shared/absence quarterlyTotals), by municipality number. */
  readonly totals: ReadonlyMap<string, ReadonlyMap<string, QuarterTotal>>;
  readonly admissions: readonly { readonly municipalityNumber: string; readonly cohortId: string; readonly cohortName: string; readonly admittedOn: string }[];
  readonly counties: ReadonlyMap<string, { readonly countyNumber: string; readonly countyName: string }>;
  /** The last day of each quarter: a participant counts from its admission. */
  readonly quarterEnd: (quarter: string) => string;
}

export type CellStatus = 'ok' | 'suppressed' | 'missing';

export interface StatisticsRow {
  readonly quarter: string;
  /** `national`, `participants`, `non-participants`, `cohort:<id>`, `county:<number>`. */
  readonly group: string;
  readonly label: string;
  readonly municipalities: number | null;
  readonly percentage: number | null;
  readonly selfCertifiedPercentage: number | null;
  readonly doctorCertifiedPercentage: number | null;
  readonly status: CellStatus;
  readonly source: 'programme' | 'ssb';
}

export function statisticsRows(input: StatisticsInput, rule: DisclosureRule): StatisticsRow[] {
  const rows: StatisticsRow[] = [];
  for (const quarter of input.quarters) {
    const national = nationalFigure(quarter);
    rows.push({
      quarter,
      group: 'national',
      label: 'Hele landet, alle lønnstakere (SSB)',
      municipalities: null,
      percentage: national?.percentage ?? null,
      selfCertifiedPercentage: national?.selfCertifiedPercentage ?? null,
      doctorCertifiedPercentage: national?.doctorCertifiedPercentage ?? null,
      status: national ? 'ok' : 'missing',
      source: 'ssb',
    });
    rows.push(...programmeRows(quarter, input, rule));
  }
  return rows;
}

function programmeRows(quarter: string, input: StatisticsInput, rule: DisclosureRule): StatisticsRow[] {
  const totals = input.totals.get(quarter) ?? new Map<string, QuarterTotal>();
  const admitted = input.admissions.filter((a) => a.admittedOn <= input.quarterEnd(quarter));
  const participants = new Set(admitted.map((a) => a.municipalityNumber));
  const groups = new Map<string, { label: string; members: string[] }>();
  const add = (group: string, label: string, number: string) => {
    const entry = groups.get(group) ?? { label, members: [] };
    if (!entry.members.includes(number)) entry.members.push(number);
    groups.set(group, entry);
  };
  groups.set('participants', { label: 'Deltakere', members: [] });
  groups.set('non-participants', { label: 'Ikke deltakere', members: [] });
  for (const number of [...totals.keys()].sort()) {
    if (!participants.has(number)) add('non-participants', 'Ikke deltakere', number);
  }
  for (const a of [...admitted].sort((x, y) => x.cohortId.localeCompare(y.cohortId) || x.municipalityNumber.localeCompare(y.municipalityNumber))) {
    if (!totals.has(a.municipalityNumber)) continue;
    add('participants', 'Deltakere', a.municipalityNumber);
    add(`cohort:${a.cohortId}`, a.cohortName, a.municipalityNumber);
    const county = input.counties.get(a.municipalityNumber);
    if (county) add(`county:${county.countyNumber}`, county.countyName, a.municipalityNumber);
  }

  const cells = new Map<string, Cell>();
  const primary = new Set<string>();
  for (const [group, { members }] of groups) {
    const parts = members.map((m) => totals.get(m)!);
    cells.set(group, { weight: sumDays(parts).agreedDays, ...(parts.every((p) => p.headcount !== undefined) && parts.length > 0 ? { headcount: Math.max(...parts.map((p) => p.headcount!)) } : {}) });
    if (aggregateIsSuppressed(parts, rule)) primary.add(group);
  }
  const keys = [...groups.keys()];
  const relations: Relation[] = [
    { total: 'participants', parts: keys.filter((k) => k.startsWith('cohort:')) },
    { total: 'participants', parts: keys.filter((k) => k.startsWith('county:')) },
  ].filter((r) => r.parts.length > 0);
  const suppressed = protectTable(primary, cells, relations);

  const order = (k: string) => (k === 'participants' ? 0 : k === 'non-participants' ? 1 : k.startsWith('cohort:') ? 2 : 3);
  return keys
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((group) => {
      const { label, members } = groups.get(group)!;
      const parts = members.map((m) => totals.get(m)!);
      const base = { quarter, group, label, municipalities: members.length, source: 'programme' as const };
      if (suppressed.has(group)) return { ...base, percentage: null, selfCertifiedPercentage: null, doctorCertifiedPercentage: null, status: 'suppressed' as const };
      const days = sumDays(parts);
      const pct = percentage(days);
      const part = (key: 'selfCertifiedLostDays' | 'doctorCertifiedLostDays') =>
        parts.length > 0 && parts.every((p) => p[key] !== undefined) && days.agreedDays > 0 ? round((parts.reduce((s, p) => s + p[key]!, 0) / days.agreedDays) * 100) : null;
      return {
        ...base,
        percentage: pct === undefined ? null : round(pct),
        selfCertifiedPercentage: part('selfCertifiedLostDays'),
        doctorCertifiedPercentage: part('doctorCertifiedLostDays'),
        status: pct === undefined ? ('missing' as const) : ('ok' as const),
      };
    });
}
