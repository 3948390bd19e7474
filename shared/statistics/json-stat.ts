/**
 * The open statistics as JSON-stat 2.0 (https://json-stat.org/format/), the format Statistics
 * Norway's own API serves: one dataset with the dimensions quarter (time) × group × contents
 * (metric), values row-major with contents varying fastest; a suppressed value is null with
 * status ":" and a missing one null with status "..", as SSB marks them. Pure.
 */
import type { StatisticsRow } from './model.ts';
import { NATIONAL_SOURCE } from './national-reference.ts';

const CONTENTS = {
  percentage: 'Sykefravær i prosent av avtalte dagsverk',
  selfCertifiedPercentage: 'Egenmeldt sykefravær i prosent',
  doctorCertifiedPercentage: 'Legemeldt sykefravær i prosent',
  municipalities: 'Kommuner med tall',
} as const;
type Content = keyof typeof CONTENTS;
const CONTENT_IDS = Object.keys(CONTENTS) as Content[];

export const PROGRAMME_SOURCE = 'Kvalitetskommuneprogrammet: kommunenes innrapporterte sykefravær (tapte og avtalte dagsverk), summert per gruppe';

export interface JsonStatDataset {
  readonly version: '2.0';
  readonly class: 'dataset';
  readonly label: string;
  readonly source: string;
  readonly note: string[];
  readonly id: string[];
  readonly size: number[];
  readonly role: { readonly time: string[]; readonly metric: string[] };
  readonly dimension: Record<string, { readonly label: string; readonly category: { readonly index: string[]; readonly label: Record<string, string>; readonly unit?: Record<string, { readonly decimals: number; readonly label: string }> } }>;
  readonly value: (number | null)[];
  readonly status: Record<string, string>;
  readonly extension: Record<string, unknown>;
}

export function toJsonStat(rows: readonly StatisticsRow[], disclosure: { readonly minPersons: number }): JsonStatDataset {
  const quarters = [...new Set(rows.map((r) => r.quarter))];
  const groups: string[] = [];
  const groupLabels: Record<string, string> = {};
  for (const r of rows) {
    if (!groupLabels[r.group]) groups.push(r.group);
    groupLabels[r.group] ??= r.label;
  }
  // Every quarter and group the programme has, in a stable order (national, participants, others, cohorts, counties).
  const rank = (g: string) => (g === 'national' ? 0 : g === 'participants' ? 1 : g === 'non-participants' ? 2 : g.startsWith('cohort:') ? 3 : 4);
  groups.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (groups.length === 0) groups.push('national', 'participants', 'non-participants');
  groupLabels.national ??= 'Hele landet, alle lønnstakere (SSB)';
  groupLabels.participants ??= 'Deltakere';
  groupLabels['non-participants'] ??= 'Ikke deltakere';

  const byKey = new Map(rows.map((r) => [`${r.quarter}|${r.group}`, r]));
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  for (const quarter of quarters) {
    for (const group of groups) {
      const row = byKey.get(`${quarter}|${group}`);
      for (const content of CONTENT_IDS) {
        const v = row ? row[content] : null;
        if (v === null || row?.status === 'suppressed') {
          status[String(value.length)] = row?.status === 'suppressed' ? ':' : '..';
          value.push(null);
        } else {
          value.push(v);
        }
      }
    }
  }
  return {
    version: '2.0',
    class: 'dataset',
    label: 'Sykefravær per kvartal: deltakere i Kvalitetskommuneprogrammet, andre kommuner og hele landet',
    source: `${PROGRAMME_SOURCE}; ${NATIONAL_SOURCE.attribution}`,
    note: [
      `Gruppene er summer av kommunenes tapte og avtalte dagsverk. En gruppe der ingen del gjelder ${disclosure.minPersons} personer eller flere, og grupper som ellers kunne regnes ut av de andre, er prikket (status ":").`,
      `Hele landet: ${NATIONAL_SOURCE.name}. ${NATIONAL_SOURCE.attribution}, ${NATIONAL_SOURCE.licence}.`,
      'Status "..": tall mangler.',
    ],
    id: ['quarter', 'group', 'contents'],
    size: [quarters.length, groups.length, CONTENT_IDS.length],
    role: { time: ['quarter'], metric: ['contents'] },
    dimension: {
      quarter: { label: 'kvartal', category: { index: quarters, label: Object.fromEntries(quarters.map((q) => [q, `${q.slice(0, 4)}K${q.slice(5)}`])) } },
      group: { label: 'gruppe', category: { index: groups, label: Object.fromEntries(groups.map((g) => [g, groupLabels[g]!])) } },
      contents: {
        label: 'statistikkvariabel',
        category: {
          index: CONTENT_IDS,
          label: { ...CONTENTS },
          unit: {
            percentage: { decimals: 1, label: 'prosent' },
            selfCertifiedPercentage: { decimals: 1, label: 'prosent' },
            doctorCertifiedPercentage: { decimals: 1, label: 'prosent' },
            municipalities: { decimals: 0, label: 'kommuner' },
          },
        },
      },
    },
    value,
    status,
    extension: {
      sources: [
        { name: PROGRAMME_SOURCE, groups: 'participants, non-participants, cohort:*, county:*' },
        { name: NATIONAL_SOURCE.name, attribution: NATIONAL_SOURCE.attribution, licence: NATIONAL_SOURCE.licence, url: NATIONAL_SOURCE.url, groups: 'national' },
      ],
      disclosure: { minPersons: disclosure.minPersons, rule: 'docs/disclosure-control.md' },
    },
  };
}
