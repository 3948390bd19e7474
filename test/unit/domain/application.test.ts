import { describe, expect, it } from 'vitest';
import { newApplication } from '../../../shared/applications/lifecycle.ts';
import { addDays, previousUtcDay, utcDay } from '../../../shared/platform/dates.ts';
import { missingSteeringParties } from '../../../shared/applications/model.ts';
import { languageFor } from '../../../shared/platform/written-standard.ts';
import { completeApplication } from '../../support/fixtures.ts';

describe('newApplication', () => {
  it('records who applied, when, and everything they sent', () => {
    const request = { ...completeApplication(), cohortId: 'c0000000-0000-4000-8000-000000000001' };
    const application = newApplication(request, {
      id: '8d5e1f9e-0000-4000-8000-000000000001',
      municipality: { number: '1721', name: 'Verdal' },
      now: new Date('2007-03-01T10:00:00Z'),
    });
    expect(application).toEqual({
      ...request,
      id: '8d5e1f9e-0000-4000-8000-000000000001',
      municipalityNumber: '1721',
      municipalityName: 'Verdal',
      status: 'submitted',
      createdAt: '2007-03-01T10:00:00.000Z',
      updatedAt: '2007-03-01T10:00:00.000Z',
      submittedAt: '2007-03-01T10:00:00.000Z',
    });
  });
});

describe('UTC days', () => {
  it.each([
    ['2007-03-01T10:00:00Z', '2007-03-01', '2007-02-28'],
    ['2008-03-01T00:00:00Z', '2008-03-01', '2008-02-29'],
    ['2009-01-01T05:00:00Z', '2009-01-01', '2008-12-31'],
    ['2007-06-30T23:59:59.999Z', '2007-06-30', '2007-06-29'],
  ])('%s is %s, the day before %s', (instant, day, before) => {
    expect(utcDay(instant)).toBe(day);
    expect(previousUtcDay(new Date(instant))).toBe(before);
  });

  it.each([
    ['2008-02-28', 1, '2008-02-29'],
    ['2008-02-29', 1, '2008-03-01'],
    ['2008-12-31', 1, '2009-01-01'],
    ['2009-01-01', -1, '2008-12-31'],
    ['2025-03-01', -14, '2025-02-15'],
    ['2025-03-01', 0, '2025-03-01'],
  ])('%s plus %i days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});

describe('missingSteeringParties', () => {
  it.each([
    [[], ['elected-official', 'management', 'union-representative']],
    [[{ role: 'management' }], ['elected-official', 'union-representative']],
    [[{ role: 'union-representative' }, { role: 'union-representative' }], ['elected-official', 'management']],
    [[{ role: 'elected-official' }, { role: 'management' }, { role: 'union-representative' }], []],
  ] as const)('for %j is %j', (members, missing) => {
    expect(missingSteeringParties(members)).toEqual(missing);
  });
});

describe('languageFor', () => {
  it('writes nynorsk to nynorsk municipalities and bokmål to the others', () => {
    expect(languageFor('nynorsk')).toBe('nn');
    expect(languageFor('bokmal')).toBe('nb');
    expect(languageFor('neutral')).toBe('nb');
  });
});
