import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsOutsideRegister } from '../../../shared/absence/commands.ts';
import { existsOn, isValidOrganisationNumber, outsideValidity, refusalOfChanges } from '../../../shared/municipalities/model.ts';
import { periodDays } from '../../../shared/absence/model.ts';
import { parseCsv } from '../../../local/seed/reference-municipalities.ts';

const rows = parseCsv(readFileSync(join(import.meta.dirname, '../../../data/reference/kommuner_2020-2023_geonorge_med_orgnr.csv'), 'utf8'));

describe('isValidOrganisationNumber', () => {
  it('accepts every municipality organisation number in the SSB/Kartverket data', () => {
    const numbers = rows.map((r) => r.organisasjonsnummer!).filter(Boolean);
    expect(numbers.length).toBeGreaterThan(350);
    expect(numbers.filter((n) => !isValidOrganisationNumber(n))).toEqual([]);
  });

  it('rejects each number with its check digit changed', () => {
    for (const n of rows.map((r) => r.organisasjonsnummer!).slice(0, 50)) {
      const changed = n.slice(0, 8) + String((Number(n[8]) + 1) % 10);
      expect(isValidOrganisationNumber(changed)).toBe(false);
    }
  });

  it.each(['', '95893542', '9589354201', '95893542x', ' 958935420'])('rejects malformed %j', (value) => {
    expect(isValidOrganisationNumber(value)).toBe(false);
  });

  it('rejects every number whose check digit would be 10 (never issued)', () => {
    const weights = [3, 2, 7, 6, 5, 4, 3, 2];
    const prefixes = Array.from({ length: 200 }, (_, i) => String(10_000_000 + i * 37));
    const unissuable = prefixes.filter((p) => weights.reduce((acc, w, i) => acc + w * Number(p[i]), 0) % 11 === 1);
    expect(unissuable.length).toBeGreaterThan(0);
    for (const prefix of unissuable) {
      for (let digit = 0; digit < 10; digit++) expect(isValidOrganisationNumber(prefix + digit)).toBe(false);
    }
  });
});

describe('outsideValidity: did the municipality exist then (the register’s validity)', () => {
  // Kristiansund (1503) and Frei (1556) merged into 1505 on 2008-01-01; validTo is exclusive.
  const frei = { number: '1556', name: 'Frei', validFrom: '2006-01-01', validTo: '2008-01-01' };
  const kristiansund = { number: '1505', name: 'Kristiansund', validFrom: '2008-01-01' };

  it('names the last day of a municipality that no longer existed', () => {
    expect(outsideValidity(frei, '2007-12-31')).toBeUndefined();
    expect(outsideValidity(frei, '2008-01-01')).toBe('1556 Frei existed until 2007-12-31');
    expect(outsideValidity(frei, '2007-10-01', '2008-01-01')).toBe('1556 Frei existed until 2007-12-31');
  });

  it('names the first day of a municipality that did not exist yet', () => {
    expect(outsideValidity(kristiansund, '2008-01-01', '2008-03-31')).toBeUndefined();
    expect(outsideValidity(kristiansund, '2007-12-31', '2008-03-31')).toBe('1505 Kristiansund exists from 2008-01-01');
    expect(outsideValidity(frei, '2005-12-31', '2008-01-01')).toBe('1556 Frei existed only from 2006-01-01 until 2007-12-31');
  });

  it('agrees with existsOn on single days', () => {
    for (const day of ['2005-12-31', '2006-01-01', '2007-06-30', '2007-12-31', '2008-01-01', '2030-01-01']) {
      for (const m of [frei, kristiansund]) expect(outsideValidity(m, day) === undefined, `${m.number} ${day}`).toBe(existsOn(m, day));
    }
  });
});

describe('periodDays', () => {
  it.each([
    ['2008Q1', '2008-01-01', '2008-03-31'],
    ['2009Q4', '2009-10-01', '2009-12-31'],
    ['2008-02', '2008-02-01', '2008-02-29'],
    ['2007-12', '2007-12-01', '2007-12-31'],
  ])('%s runs from %s to %s', (period, first, last) => {
    expect(periodDays(period)).toEqual({ first, last });
  });
});

describe('rowsOutsideRegister: figures only for the periods a municipality existed in', () => {
  const register = new Map([
    ['1503', { number: '1503', name: 'Kristiansund', validFrom: '2006-01-01', validTo: '2008-01-01' }],
    ['1505', { number: '1505', name: 'Kristiansund', validFrom: '2008-01-01' }],
  ]);

  it('names every row, with its row and column, and passes the rest', () => {
    const rows = [
      { municipalityNumber: '1503', period: '2007Q4' },
      { municipalityNumber: '1503', period: '2009Q1' },
      { municipalityNumber: '1505', period: '2007-12' },
      { municipalityNumber: '1505', period: '2008-01' },
      { municipalityNumber: '9999', period: '2008Q1' },
    ];
    expect(rowsOutsideRegister(rows, register)).toEqual([
      { pointer: '/rows/1/period', detail: '1503 Kristiansund existed until 2007-12-31: no figures for 2009Q1', row: 2, column: 'period' },
      { pointer: '/rows/2/period', detail: '1505 Kristiansund exists from 2008-01-01: no figures for 2007-12', row: 3, column: 'period' },
      { pointer: '/rows/4/municipalityNumber', detail: 'No municipality 9999 in the register', row: 5, column: 'municipalityNumber' },
    ]);
  });
});

describe('who may change a municipality’s organisation number', () => {
  it('the secretariat only (it decides which municipality a Maskinporten client acts for)', () => {
    expect(refusalOfChanges('secretariat', { organisationNumber: '938587418' })).toBeUndefined();
    expect(refusalOfChanges('secretariat', { organisationNumber: null })).toBeUndefined();
    for (const caller of ['municipality', 'advisor', 'evaluator'] as const) {
      expect(refusalOfChanges(caller, { organisationNumber: '938587418' }), caller).toMatch(/Only the secretariat/);
      expect(refusalOfChanges(caller, { organisationNumber: null }), caller).toMatch(/Only the secretariat/);
    }
    expect(refusalOfChanges('municipality', { writtenStandard: 'nynorsk', contactEmail: 'post@x.no' })).toBeUndefined();
  });
});
