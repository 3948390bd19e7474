import { readFileSync } from 'node:fs';
import { validateJsonStat as validate } from '../../support/json-stat.ts';
import { describe, expect, it } from 'vitest';
import { quarterEnd, type QuarterTotal } from '../../../shared/absence/model.ts';
import { nationalFigure, NATIONAL_QUARTERS, statisticsRows, toJsonStat, type StatisticsInput } from '../../../shared/statistics/index.ts';
import { toCsv } from '../../../shared/statistics/csv.ts';

const rule = { minPersons: 5 };

describe('the national reference', () => {
  it('is Statistics Norway’s published series, quarter by quarter, to its published decimal', () => {
    const lines = readFileSync('data/reference/ssb_sykefravaer_alle_naeringer_kvartal_2000K2-2011K3.csv', 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('aar,kvartal,totalt_prosent,egenmeldt_prosent,legemeldt_prosent');
    const published = lines.slice(1).map((line) => line.split(','));
    expect(NATIONAL_QUARTERS).toHaveLength(published.length);
    for (const [year, q, total, self, doctor] of published) {
      const figure = nationalFigure(`${year}Q${q}`);
      // The text as published, not a recomputed number: 6.0 stays 6.0.
      expect([figure?.percentage.toFixed(1), figure?.selfCertifiedPercentage.toFixed(1), figure?.doctorCertifiedPercentage.toFixed(1)], `${year}Q${q}`).toEqual([total, self, doctor]);
    }
    expect(nationalFigure('2007Q1')).toEqual({ percentage: 7.3, selfCertifiedPercentage: 1.3, doctorCertifiedPercentage: 6.0 });
    expect(nationalFigure('2011Q4')).toBeUndefined();
  });
});

const total = (lostDays: number, agreedDays: number, headcount?: number): QuarterTotal => ({ lostDays, agreedDays, ...(headcount !== undefined ? { headcount } : {}) });
function input(totals: Record<string, QuarterTotal>, admissions: StatisticsInput['admissions']): StatisticsInput {
  return {
    quarters: ['2008Q1'],
    totals: new Map([['2008Q1', new Map(Object.entries(totals))]]),
    admissions,
    counties: new Map([
      ['1721', { countyNumber: '17', countyName: 'Nord-Trøndelag' }],
      ['1719', { countyNumber: '17', countyName: 'Nord-Trøndelag' }],
      ['1431', { countyNumber: '14', countyName: 'Sogn og Fjordane' }],
      ['0101', { countyNumber: '01', countyName: 'Østfold' }],
    ]),
    quarterEnd,
  };
}
const admitted = (municipalityNumber: string, cohortId: string) => ({ municipalityNumber, cohortId, cohortName: cohortId === 'c1' ? 'Pulje I' : 'Pulje II', admittedOn: '2007-03-30' });

describe('statisticsRows', () => {
  it('sums days per group beside the national figure, never averaging percentages', () => {
    const rows = statisticsRows(input({ '1721': total(90, 1000), '1431': total(72, 800), '0101': total(60, 1000) }, [admitted('1721', 'c1'), admitted('1431', 'c1')]), rule);
    const by = Object.fromEntries(rows.map((r) => [r.group, r]));
    expect(by.national).toMatchObject({ percentage: 7.4, status: 'ok', source: 'ssb' });
    expect(by.participants).toMatchObject({ municipalities: 2, percentage: 9, status: 'ok' });
    expect(by['non-participants']).toMatchObject({ municipalities: 1, percentage: 6 });
    expect(by['cohort:c1']).toMatchObject({ label: 'Pulje I', percentage: 9 });
    expect(by['county:17']).toMatchObject({ percentage: 9 });
  });

  it('suppresses a group about fewer than five persons, and a second one so participants minus the others does not give it back', () => {
    // Pulje II has one participant whose figure covers 4 persons.
    const rows = statisticsRows(input({ '1721': total(90, 1000, 40), '1719': total(50, 400, 30), '1431': total(3, 40, 4) }, [admitted('1721', 'c1'), admitted('1719', 'c1'), admitted('1431', 'c2')]), rule);
    const by = Object.fromEntries(rows.map((r) => [r.group, r]));
    expect(by['cohort:c2']).toMatchObject({ status: 'suppressed', percentage: null });
    expect(by['county:14']).toMatchObject({ status: 'suppressed', percentage: null });
    // With participants visible, cohort c1 and county 17 would give the suppressed ones away: they go too.
    expect(by['cohort:c1']?.status).toBe('suppressed');
    expect(by['county:17']?.status).toBe('suppressed');
    expect(by.participants?.status).toBe('ok');
  });
});

describe('JSON-stat 2.0', () => {
  const rows = statisticsRows(input({ '1721': total(90, 1000, 40), '1719': total(50, 400, 30), '1431': total(3, 40, 4), '0101': total(60, 1000) }, [admitted('1721', 'c1'), admitted('1719', 'c1'), admitted('1431', 'c2')]), rule);

  it('validates against the published schema, suppressed values null with status ":"', () => {
    const dataset = toJsonStat(rows, rule);
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
    expect(dataset.size).toEqual([1, dataset.dimension.group!.category.index.length, 4]);
    expect(dataset.value).toHaveLength(dataset.size.reduce((a, b) => a * b, 1));
    const g = dataset.dimension.group!.category.index.indexOf('cohort:c2');
    expect(dataset.value[g * 4]).toBeNull();
    expect(dataset.status[String(g * 4)]).toBe(':');
    const national = dataset.dimension.group!.category.index.indexOf('national');
    expect(dataset.value[national * 4]).toBe(7.4);
    expect(dataset.source).toContain('Kilde: Statistisk sentralbyrå');
  });

  it('an empty period is an empty dataset, still valid', () => {
    const dataset = toJsonStat([], rule);
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
    expect(dataset.size).toEqual([0, 3, 4]);
    expect(dataset.value).toEqual([]);
  });

  it('the schema refuses what is not JSON-stat (the check can fail)', () => {
    expect(validate({ ...toJsonStat(rows, rule), version: '1.0' })).toBe(false);
    expect(validate({ ...toJsonStat(rows, rule), size: ['1'] })).toBe(false);
  });
});

describe('CSV', () => {
  it('is RFC 4180 with a header, CRLF, and an empty value with the status for a suppressed group', () => {
    const rows = statisticsRows(input({ '1431': total(3, 40, 4), '1721': total(90, 1000, 40) }, [admitted('1431', 'c2'), admitted('1721', 'c1')]), rule);
    const csv = toCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('quarter,group,label,municipalities,percentage,selfCertifiedPercentage,doctorCertifiedPercentage,status,source');
    expect(lines).toContain('2008Q1,national,"Hele landet, alle lønnstakere (SSB)",,7.4,1.2,6.2,ok,ssb');
    expect(lines.find((l) => l.startsWith('2008Q1,cohort:c2,'))).toBe('2008Q1,cohort:c2,Pulje II,1,,,,suppressed,programme');
  });
});
