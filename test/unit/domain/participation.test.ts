import { describe, expect, it } from 'vitest';
import { existsOn } from '../../../shared/municipalities/model.ts';
import { overviewDate, participationByCounty, programmeGoal, type Admission, type RegisteredMunicipality } from '../../../shared/overview/model.ts';

const m = (number: string, validFrom = '2006-01-01', validTo?: string): RegisteredMunicipality => ({
  number,
  countyNumber: number.slice(0, 2),
  countyName: `Fylke ${number.slice(0, 2)}`,
  validFrom,
  ...(validTo ? { validTo } : {}),
});
const admit = (municipalityNumber: string, admittedOn: string, cohortId = 'c1'): Admission => ({ municipalityNumber, admittedOn, cohortId });

// Seven municipalities; Kristiansund (1503) and Frei (1556) merge into 1505 on 2008-01-01.
const register = [m('0101'), m('0104'), m('1503', '2006-01-01', '2008-01-01'), m('1556', '2006-01-01', '2008-01-01'), m('1505', '2008-01-01'), m('1719'), m('1721')];

describe('existsOn', () => {
  it('counts the first day and not the end day', () => {
    expect(existsOn(m('1503', '2006-01-01', '2008-01-01'), '2007-12-31')).toBe(true);
    expect(existsOn(m('1503', '2006-01-01', '2008-01-01'), '2008-01-01')).toBe(false);
    expect(existsOn(m('1505', '2008-01-01'), '2007-12-31')).toBe(false);
  });
});

describe('programmeGoal: more than half of the municipalities existing at the time', () => {
  it('in 2007: 6 municipalities exist, 4 needed', () => {
    const goal = programmeGoal(register, [admit('0101', '2007-03-01'), admit('1503', '2007-03-01'), admit('1721', '2007-06-01')], '2007-12-31');
    expect(goal).toEqual({ date: '2007-12-31', municipalities: 6, participants: 3, share: 0.5, goalMet: false, missing: 1 });
  });

  it('exactly half is not more than half', () => {
    const goal = programmeGoal([m('0101'), m('0104')], [admit('0101', '2007-01-01')], '2007-06-01');
    expect(goal).toMatchObject({ share: 0.5, goalMet: false, missing: 1 });
  });

  it('after the merger the merged-away participant no longer counts; admissions after the date do not count', () => {
    const admissions = [admit('0101', '2007-03-01'), admit('1503', '2007-03-01'), admit('1721', '2007-06-01'), admit('1719', '2008-09-01'), admit('0104', '2009-01-01')];
    expect(programmeGoal(register, admissions, '2008-06-30')).toEqual({ date: '2008-06-30', municipalities: 5, participants: 2, share: 0.4, goalMet: false, missing: 1 });
    expect(programmeGoal(register, admissions, '2009-06-30')).toEqual({ date: '2009-06-30', municipalities: 5, participants: 4, share: 0.8, goalMet: true, missing: 0 });
  });

  it('counts a municipality admitted in two cohorts once', () => {
    expect(programmeGoal([m('0101'), m('0104'), m('1721')], [admit('0101', '2007-01-01', 'c1'), admit('0101', '2008-01-01', 'c2'), admit('1721', '2007-01-01')], '2009-01-01')).toMatchObject({
      participants: 2,
      goalMet: true,
    });
  });

  it('never meets the goal with no municipalities', () => {
    expect(programmeGoal([], [], '2007-01-01')).toEqual({ date: '2007-01-01', municipalities: 0, participants: 0, share: 0, goalMet: false, missing: 1 });
  });
});

describe('participationByCounty', () => {
  it('counts per county from the register and the admissions', () => {
    expect(participationByCounty(register, [admit('1721', '2007-03-01'), admit('0104', '2007-03-01')], '2007-06-30')).toEqual([
      { countyNumber: '01', countyName: 'Fylke 01', municipalities: 2, participants: 1, share: 0.5 },
      { countyNumber: '15', countyName: 'Fylke 15', municipalities: 2, participants: 0, share: 0 },
      { countyNumber: '17', countyName: 'Fylke 17', municipalities: 2, participants: 1, share: 0.5 },
    ]);
  });
});

describe('overviewDate', () => {
  it('is today during the programme, and its last day afterwards', () => {
    expect(overviewDate('2008-05-01')).toBe('2008-05-01');
    expect(overviewDate('2026-11-23')).toBe('2009-12-31');
  });
});
