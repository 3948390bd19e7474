/**
 * The figure rows of an export as the secretariat and evaluators get them: a unit of fewer than
 * five persons is suppressed, and so is a second one, so that the total minus the visible units
 * does not give the small unit's days; the municipality's own people would see it all. And the
 * figures a target status rests on are suppressed by the same rule.
 */
import { describe, expect, it } from 'vitest';
import type { AbsenceFigure } from '../../../shared/absence/model.ts';
import type { Principal } from '../../../shared/platform/auth/principal.ts';
import { figureRowsOf, visibility } from '../../../shared/exports/sources.ts';

const rule = { minPersons: 5 };
const secretariat: Principal = { kind: 'staff', role: 'secretariat', subject: 's', personId: undefined };
const evaluator: Principal = { kind: 'staff', role: 'evaluator', subject: 'e', personId: 'p' };
const ownPerson: Principal = { kind: 'person', subject: 'o', personId: 'o', municipalityNumber: '1721', roles: ['project-leader'] };

const figures: AbsenceFigure[] = [
  { period: '2007Q1', scope: 'total', lostDays: 300, agreedDays: 5000 },
  { period: '2007Q1', scope: "unit:=cmd|' /C calc'!A0", lostDays: 17, agreedDays: 180, headcount: 3 },
  { period: '2007Q1', scope: 'unit:Sjukeheimen', lostDays: 40, agreedDays: 900, headcount: 15 },
  { period: '2007Q1', scope: 'unit:Skulen', lostDays: 60, agreedDays: 1400, headcount: 22 },
];

const rowsFor = (principal: Principal) => [...figureRowsOf(undefined, '1721', '2007Q1', figures, visibility(principal, '1721', figures, rule))];

describe('figure rows for staff', () => {
  it.each([
    ['the secretariat', secretariat],
    ['an evaluator', evaluator],
  ])('%s: the small unit and one more are suppressed, with no days, headcount or percentage', (_who, principal) => {
    const rows = rowsFor(principal);
    const small = rows.find((r) => r.scopeName === "=cmd|' /C calc'!A0")!;
    expect(small).toEqual({ municipalityNumber: '1721', municipalityName: undefined, countyNumber: undefined, period: '2007Q1', quarter: '2007Q1', scopeType: 'unit', scopeName: "=cmd|' /C calc'!A0", suppressed: 'ja' });
    expect(rows.filter((r) => r.suppressed === 'ja').length).toBeGreaterThanOrEqual(2);
  });

  it('cannot be undone by subtraction: total minus the visible units is not the small unit', () => {
    const rows = rowsFor(secretariat);
    const total = rows.find((r) => r.scopeType === 'total')!;
    const visibleUnits = rows.filter((r) => r.scopeType === 'unit' && r.suppressed === 'nei');
    const hidden = rows.filter((r) => r.scopeType === 'unit' && r.suppressed === 'ja');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    if (total.suppressed === 'nei') {
      // What subtraction can give is the hidden units together, never the small one alone.
      const remainder = (total.lostDays as number) - visibleUnits.reduce((sum, r) => sum + (r.lostDays as number), 0);
      expect(remainder).not.toBe(17);
    }
    expect(JSON.stringify(rows)).not.toContain('"lostDays":17');
    expect(JSON.stringify(rows)).not.toContain('"agreedDays":180');
  });

  it('shows the municipality’s own people everything (as GET …/absence-figures does)', () => {
    const rows = rowsFor(ownPerson);
    expect(rows.every((r) => r.suppressed === 'nei')).toBe(true);
    expect(rows.find((r) => r.headcount === 3)).toMatchObject({ lostDays: 17, agreedDays: 180, percentage: 9.44 });
  });
});
