import { describe, expect, it } from 'vitest';
import { programmePeriodMunicipalities } from '../../../local/seed/reference-municipalities.ts';

describe('programmePeriodMunicipalities', () => {
  const municipalities = programmePeriodMunicipalities();
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));

  it('has every municipality of 2007 and 2008 once (431 + the new Kristiansund)', () => {
    expect(municipalities).toHaveLength(432);
    expect(byNumber.size).toBe(432);
  });

  it('ends Kristiansund (1503) and Frei (1556) at the 2008 merger and starts the new Kristiansund (1505)', () => {
    expect(byNumber.get('1503')).toMatchObject({ name: 'Kristiansund', validTo: '2008-01-01' });
    expect(byNumber.get('1556')).toMatchObject({ name: 'Frei', validTo: '2008-01-01' });
    expect(byNumber.get('1505')).toMatchObject({ name: 'Kristiansund', validFrom: '2008-01-01' });
  });

  it('merges the validity of numbers present in both versions', () => {
    expect(byNumber.get('1721')).toMatchObject({ name: 'Verdal', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '2006-01-01', validTo: '2011-01-01' });
  });

  it('starts every municipality as neutral: the written standard is not in public data', () => {
    expect(new Set(municipalities.map((m) => m.writtenStandard))).toEqual(new Set(['neutral']));
  });

  it('derives the county from the number', () => {
    expect(municipalities.filter((m) => !m.number.startsWith(m.countyNumber))).toEqual([]);
  });
});
