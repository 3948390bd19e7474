import { describe, expect, it } from 'vitest';
import { programmePeriodMunicipalities, unchangedSuccessor } from '../../../local/seed/reference-municipalities.ts';
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

  it('are known for municipalities that lived on unchanged, through renumbering and renaming', () => {
    expect(byNumber.get('0301')?.organisationNumber).toBe('958935420'); // Oslo, same number throughout
    expect(byNumber.get('0101')?.organisationNumber).toBe('959159092'); // Halden: 0101 → 3001 → 3101, same organisation
    expect(byNumber.get('1515')?.organisationNumber).toBe('964978840'); // Herøy (Møre og Romsdal): a shared name, found by number
    expect(byNumber.get('1721')?.organisationNumber).toBe('938587418'); // Verdal: 1721 → 5038
    expect(byNumber.get('0137')?.organisationNumber).toBe('959272581'); // Våler (Østfold): 3018 in 2020-2023, not Våler (Hedmark)'s 3419
    expect(byNumber.get('1920')?.organisationNumber).toBe('959469881'); // Lavangen, renamed Loabák - Lavangen, then 5415
    expect(byNumber.get('2021')?.organisationNumber).toBe('963376030'); // Kárášjohka - Karasjok: 2021 → 5437 → 5610
  });

  it('are left to the secretariat where a municipality took in part of another (the data does not prove the organisation lived on)', () => {
    expect(byNumber.get('1617')?.organisationNumber).toBeUndefined(); // Hitra took in part of Snillfjord in 2020
    expect(byNumber.get('1849')?.organisationNumber).toBeUndefined(); // Hamarøy took in part of Tysfjord in 2020
    expect(byNumber.get('1103')?.organisationNumber).toBeUndefined(); // Stavanger took in Finnøy and Rennesøy in 2020
  });

  it('are known for 307 of the 432', () => {
    expect([...byNumber.values()].filter((m) => m.organisationNumber).length).toBe(307);
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

describe('unchangedSuccessor (following the change list)', () => {
  const change = (oldCode: string, newCode: string, changeOccurred: string) => ({ oldCode, newCode, changeOccurred });

  it('follows renumbering and renaming', () => {
    expect(unchangedSuccessor('1940', [change('1940', '1940', '2018-01-01'), change('1940', '5426', '2020-01-01')])).toBe('5426');
    expect(unchangedSuccessor('0301', [change('1940', '5426', '2020-01-01')])).toBe('0301');
  });

  it('gives up at a split and at a merger, also when the municipality keeps its number', () => {
    expect(unchangedSuccessor('1850', [change('1850', '1806', '2020-01-01'), change('1850', '1875', '2020-01-01')])).toBeUndefined();
    expect(unchangedSuccessor('1103', [change('1103', '1103', '2020-01-01'), change('1141', '1103', '2020-01-01')])).toBeUndefined();
    expect(unchangedSuccessor('1805', [change('1805', '1806', '2020-01-01'), change('1854', '1806', '2020-01-01')])).toBeUndefined();
  });
});
