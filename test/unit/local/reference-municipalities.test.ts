import { describe, expect, it } from 'vitest';
import { programmePeriodMunicipalities } from '../../../local/seed/reference-municipalities.ts';
import { isValidOrganisationNumber } from '../../../shared/municipalities/model.ts';

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

describe('organisation numbers', () => {
  const byNumber = new Map(programmePeriodMunicipalities().map((m) => [m.number, m]));

  it('are known for municipalities that lived on unchanged, by number or by a unique name', () => {
    expect(byNumber.get('0301')?.organisationNumber).toBe('958935420'); // Oslo, same number throughout
    expect(byNumber.get('0101')?.organisationNumber).toBe('959159092'); // Halden: 0101 → 3001 → 3101, same organisation
    expect(byNumber.get('1515')?.organisationNumber).toBe('964978840'); // Herøy (Møre og Romsdal): a shared name, found by number
    expect(byNumber.get('1721')?.organisationNumber).toBe('938587418'); // Verdal: 1721 → 5038
  });

  it('are unknown where municipalities merged or ended', () => {
    expect(byNumber.get('1503')?.organisationNumber).toBeUndefined(); // Kristiansund before the 2008 merger
    expect(byNumber.get('1702')?.organisationNumber).toBeUndefined(); // Steinkjer merged with Verran in 2020: a new organisation
  });

  it('all pass the modulus-11 check and are unique', () => {
    const numbers = [...byNumber.values()].flatMap((m) => (m.organisationNumber ? [m.organisationNumber] : []));
    expect(numbers.length).toBeGreaterThan(150);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => !isValidOrganisationNumber(n))).toEqual([]);
  });
});
