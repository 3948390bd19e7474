import { describe, expect, it } from 'vitest';
import { seriesView, type RevisedFigure } from '../../../shared/absence/series.ts';

const rule = { minPersons: 5 };
const figure = (period: string, scope: RevisedFigure['scope'], lostDays: number, agreedDays: number, extra: Partial<RevisedFigure> = {}): RevisedFigure => ({
  period,
  scope,
  lostDays,
  agreedDays,
  uploadId: 'u2',
  revisions: 1,
  history: [],
  ...extra,
});

describe('seriesView', () => {
  it('gives each quarter its change from the same quarter a year earlier, in points, and its certified parts', () => {
    const { quarterly } = seriesView(
      [figure('2006Q1', 'total', 100, 1000), figure('2007Q1', 'total', 88, 1000, { selfCertifiedLostDays: 8, doctorCertifiedLostDays: 80 }), figure('2007Q2', 'total', 70, 1000)],
      { seesOwnFigures: false, rule },
    );
    expect(quarterly).toEqual([
      { quarter: '2006Q1', suppressed: false, lostDays: 100, agreedDays: 1000, percentage: 10 },
      { quarter: '2007Q1', suppressed: false, lostDays: 88, agreedDays: 1000, percentage: 8.8, selfCertifiedPercentage: 0.8, doctorCertifiedPercentage: 8, sameQuarterLastYear: 10, yearOverYearChange: -1.2 },
      { quarter: '2007Q2', suppressed: false, lostDays: 70, agreedDays: 1000, percentage: 7 },
    ]);
  });

  it('suppresses a quarter built from small months, its rolling figure and the next year’s change against it, for outsiders only', () => {
    const months = (year: number, persons: number) => ['01', '02', '03'].map((m) => figure(`${year}-${m}`, 'total', 3, 40, { headcount: persons }));
    const figures = [...months(2007, 4), ...months(2008, 8)];
    const outside = seriesView(figures, { seesOwnFigures: false, rule });
    expect(outside.quarterly).toEqual([
      { quarter: '2007Q1', suppressed: true },
      { quarter: '2008Q1', suppressed: false, lostDays: 9, agreedDays: 120, percentage: 7.5, headcount: 8 },
    ]);
    expect(outside.figures.filter((f) => f.suppressed)).toHaveLength(3);
    const own = seriesView(figures, { seesOwnFigures: true, rule });
    expect(own.quarterly[0]).toMatchObject({ quarter: '2007Q1', suppressed: false, suppressedForOthers: 'small', percentage: 7.5 });
    expect(own.quarterly[1]).toMatchObject({ sameQuarterLastYear: 7.5, yearOverYearChange: 0 });
  });

  it('hides an earlier revision about fewer persons from outsiders', () => {
    const revised = figure('2008Q1', 'unit:a', 30, 300, { headcount: 9, revisions: 2, history: [{ uploadId: 'u1', lostDays: 10, agreedDays: 40, headcount: 3 }] });
    const other = figure('2008Q1', 'unit:b', 30, 300, { headcount: 9 });
    expect(seriesView([revised, other], { seesOwnFigures: false, rule }).figures[0]).toMatchObject({ suppressed: false, history: [] });
    expect(seriesView([revised, other], { seesOwnFigures: true, rule }).figures[0]).toMatchObject({ history: [{ uploadId: 'u1', headcount: 3 }] });
  });
});
