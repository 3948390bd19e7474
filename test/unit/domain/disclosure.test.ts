import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateIsSuppressed, figureKey, isSmall, protectTable, seesOwnFigures, suppressedFigures, type DisclosureRule } from '../../../shared/absence/disclosure.ts';
import type { AbsenceFigure } from '../../../shared/absence/model.ts';
import type { Principal } from '../../../shared/platform/auth/principal.ts';

const rule: DisclosureRule = { minPersons: 5 };
const f = (period: string, scope: AbsenceFigure['scope'], lostDays: number, agreedDays: number, headcount?: number): AbsenceFigure => ({
  period,
  scope,
  lostDays,
  agreedDays,
  ...(headcount !== undefined ? { headcount } : {}),
});

describe('the threshold', () => {
  it.each([
    [4, true],
    [5, false],
    [1, true],
    [undefined, false],
  ])('a figure about %s persons is small: %s', (headcount, small) => {
    expect(isSmall(headcount, rule)).toBe(small);
  });

  it.each([
    [[4, 4, 4], true],
    [[4, 5], false],
    [[1, 2, 3, 4], true],
    [[4, undefined], false],
    [[], false],
  ])('a sum of parts with headcounts %j is suppressed: %s (the largest part decides)', (headcounts, suppressed) => {
    expect(aggregateIsSuppressed(headcounts.map((h) => (h === undefined ? {} : { headcount: h })), rule)).toBe(suppressed);
  });

  it('follows a configured threshold', () => {
    expect(isSmall(9, { minPersons: 10 })).toBe(true);
    expect(isSmall(10, { minPersons: 10 })).toBe(false);
  });
});

describe('suppressedFigures', () => {
  it('suppresses a small unit and, so that the total minus the others does not give it, the next smallest unit', () => {
    const figures = [
      f('2008Q1', 'total', 500, 6000),
      f('2008Q1', 'unit:Verdalsøra sykehjem', 20, 250, 4),
      f('2008Q1', 'unit:Ørmelen skole', 80, 1000, 15),
      f('2008Q1', 'unit:Stiklestad barnehage', 60, 700, 9),
    ];
    const reasons = suppressedFigures(figures, rule);
    expect(reasons.get('2008Q1|unit:Verdalsøra sykehjem')).toBe('small');
    expect(reasons.get('2008Q1|unit:Stiklestad barnehage')).toBe('complementary');
    expect(reasons.has('2008Q1|unit:Ørmelen skole')).toBe(false);
    expect(reasons.has('2008Q1|total')).toBe(false);
  });

  it('suppresses nothing at exactly the threshold', () => {
    const figures = [f('2008Q1', 'total', 500, 6000), f('2008Q1', 'unit:a', 20, 250, 5), f('2008Q1', 'unit:b', 20, 250, 6)];
    expect(suppressedFigures(figures, rule).size).toBe(0);
  });

  it('suppresses the total when a single small unit is its only part', () => {
    const figures = [f('2008Q1', 'total', 20, 250, 4), f('2008Q1', 'unit:a', 20, 250, 4)];
    const reasons = suppressedFigures(figures, rule);
    expect(reasons.get('2008Q1|total')).toBe('small');
    expect(reasons.get('2008Q1|unit:a')).toBe('small');
  });

  it('makes every part of a small total small (they cover some of its persons)', () => {
    const figures = [f('2008Q1', 'total', 30, 260, 4), f('2008Q1', 'sector:care', 20, 130), f('2008Q1', 'sector:school', 10, 130)];
    const reasons = suppressedFigures(figures, rule);
    expect([...reasons.values()]).toEqual(['small', 'small', 'small']);
  });

  it('suppresses a quarter built from months when its largest month is small, and protects a small month inside a visible quarter', () => {
    const small = [f('2008-01', 'total', 5, 60, 4), f('2008-02', 'total', 5, 60, 3), f('2008-03', 'total', 5, 60, 4)];
    expect(suppressedFigures(small, rule).get('2008Q1|total')).toBe('small');
    const mixed = [f('2008-01', 'total', 5, 60, 4), f('2008-02', 'total', 9, 90, 6), f('2008-03', 'total', 7, 80, 7)];
    const reasons = suppressedFigures(mixed, rule);
    expect(reasons.get('2008-01|total')).toBe('small');
    expect(reasons.get('2008-02|total')).toBe('complementary');
    expect(reasons.has('2008Q1|total')).toBe(false);
  });

  it('protects across relations: a part suppressed for one total is protected in the months that sum to it', () => {
    const figures = [
      f('2008Q1', 'total', 100, 1000),
      f('2008Q1', 'unit:a', 10, 100, 4),
      f('2008Q1', 'unit:b', 20, 200, 8),
      f('2008-01', 'unit:b', 7, 70, 8),
      f('2008-02', 'unit:b', 7, 70, 8),
      f('2008-03', 'unit:b', 6, 60, 8),
    ];
    const reasons = suppressedFigures(figures, rule);
    expect(reasons.get('2008Q1|unit:b')).toBe('complementary');
    // Otherwise Q1's unit b would be the sum of its three visible months: one month goes too, so two are unknown there.
    expect([...reasons.keys()].filter((k) => k.startsWith('2008-0'))).toHaveLength(1);
  });
});

describe('protectTable', () => {
  it('never leaves a relation with exactly one suppressed cell', () => {
    const cells = new Map([
      ['all', { weight: 100 }],
      ['a', { weight: 10, headcount: 3 }],
      ['b', { weight: 40 }],
      ['c', { weight: 50 }],
    ]);
    const out = protectTable(new Set(['a']), cells, [{ total: 'all', parts: ['a', 'b', 'c'] }]);
    expect([...out].sort()).toEqual(['a', 'b']);
  });
});

/**
 * The attack: an outsider sees what is not suppressed, knows that a total is the sum of its
 * sectors, of its units and of its months, and solves every relation with one unknown, again
 * and again. Generated municipalities whose units add up to the total exactly (the worst case)
 * never give away a suppressed figure's days.
 */
describe('no disclosure by subtraction (generated municipalities)', () => {
  const part = fc.record({ lostDays: fc.integer({ min: 0, max: 50 }), extraAgreed: fc.integer({ min: 1, max: 400 }), headcount: fc.integer({ min: 1, max: 12 }) });
  const municipality = fc.record({ sectors: fc.array(part, { minLength: 0, maxLength: 4 }), units: fc.array(part, { minLength: 0, maxLength: 5 }), months: fc.boolean() });

  it('solving relations with one unknown recovers no suppressed figure', () => {
    fc.assert(
      fc.property(municipality, ({ sectors, units, months }) => {
        const scopes: AbsenceFigure[] = [];
        const asFigure = (period: string, scope: AbsenceFigure['scope'], p: (typeof sectors)[number]) => f(period, scope, p.lostDays, p.lostDays + p.extraAgreed, Math.min(p.headcount, p.lostDays + p.extraAgreed));
        const partition = units.length > 0 ? units : sectors;
        if (partition.length === 0) return;
        const sum = (list: typeof sectors) => list.reduce((a, p) => ({ lostDays: a.lostDays + p.lostDays, extraAgreed: a.extraAgreed + p.extraAgreed, headcount: a.headcount + p.headcount }), { lostDays: 0, extraAgreed: 0, headcount: 0 });
        // Units and sectors each partition the same total: rescale the sectors to the units' sum when both exist.
        const total = sum(partition);
        scopes.push(asFigure('2008Q1', 'total', total));
        sectors.forEach((s, i) => scopes.push(asFigure('2008Q1', `sector:${['care', 'kindergarten', 'school', 'other'][i] as 'care'}`, units.length > 0 && i === sectors.length - 1 ? { ...s, lostDays: Math.max(0, total.lostDays - sum(sectors.slice(0, -1)).lostDays) } : s)));
        units.forEach((u, i) => scopes.push(asFigure('2008Q1', `unit:u${i}`, u)));
        if (months) {
          // The total's months: the first two a third each, the last the rest.
          const third = { lostDays: Math.floor(total.lostDays / 3), extraAgreed: Math.floor(total.extraAgreed / 3), headcount: total.headcount };
          const last = { lostDays: total.lostDays - 2 * third.lostDays, extraAgreed: total.extraAgreed - 2 * third.extraAgreed, headcount: total.headcount };
          scopes.push(asFigure('2008-01', 'total', third), asFigure('2008-02', 'total', third), asFigure('2008-03', 'total', last));
        }
        const suppressed = suppressedFigures(scopes, rule);
        const known = new Map(scopes.filter((s) => !suppressed.has(figureKey(s))).map((s) => [figureKey(s), s.lostDays]));
        const relations = [
          { total: '2008Q1|total', parts: scopes.filter((s) => s.period === '2008Q1' && s.scope.startsWith('sector:')).map(figureKey) },
          { total: '2008Q1|total', parts: scopes.filter((s) => s.period === '2008Q1' && s.scope.startsWith('unit:')).map(figureKey) },
          { total: '2008Q1|total', parts: scopes.filter((s) => s.period !== '2008Q1' && s.scope === 'total').map(figureKey) },
        ].filter((r) => r.parts.length > 0);
        for (let solved = true; solved; ) {
          solved = false;
          for (const r of relations) {
            const unknown = [r.total, ...r.parts].filter((k) => !known.has(k));
            if (unknown.length !== 1) continue;
            const partsSum = r.parts.filter((k) => known.has(k)).reduce((a, k) => a + known.get(k)!, 0);
            known.set(unknown[0]!, unknown[0] === r.total ? partsSum : known.get(r.total)! - partsSum);
            solved = true;
          }
        }
        for (const key of suppressed.keys()) expect(known.has(key), `${key} derived from ${JSON.stringify([...known])}`).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('seesOwnFigures', () => {
  const person = (municipalityNumber: string): Principal => ({ kind: 'person', subject: 's', personId: 'p', municipalityNumber, roles: ['observer'] });
  it.each([
    ['its own person', person('1721'), true],
    ['another municipality’s person', person('1719'), false],
    ['its own machine client', { kind: 'machine', subject: 'c', organisationNumber: '938587418', municipalityNumber: '1721', scopes: ['kvalitetskommune:figures.read'], supplier: undefined } as Principal, true],
    ['the secretariat', { kind: 'staff', role: 'secretariat', subject: 's', personId: undefined } as Principal, false],
    ['an advisor of its network', { kind: 'staff', role: 'advisor', subject: 's', personId: 'a', advises: new Set(['1721']) } as Principal, false],
    ['nobody (the public)', undefined, false],
  ])('%s: %s', (_name, principal, sees) => {
    expect(seesOwnFigures(principal, '1721')).toBe(sees);
  });
});
