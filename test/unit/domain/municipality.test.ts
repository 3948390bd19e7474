import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidOrganisationNumber } from '../../../shared/domain/municipality.ts';
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
