import { describe, expect, it } from 'vitest';
import {
  awaitsConfirmation,
  CONFIRMATION_TOKEN_HOURS,
  confirmationExpiry,
  mayRequestConfirmation,
  normaliseAddress,
  sourceOfCaller,
  tokenState,
  trustOf,
  type AddressSource,
} from '../../../shared/email-confirmations/model.ts';

const SECRETARIAT = 'Sekretariatet@Kvalitetskommune.local';

describe('the trust rule', () => {
  it.each<[AddressSource, 'trusted' | 'typed']>([
    ['secretariat-config', 'trusted'],
    ['register', 'trusted'],
    ['secretariat', 'trusted'],
    ['municipality', 'typed'],
  ])('an address from %s is %s', (source, trust) => {
    expect(trustOf(source)).toBe(trust);
  });

  it('takes the source of an address entered through the API from the caller’s role', () => {
    expect(sourceOfCaller('municipality')).toBe('municipality');
    expect(trustOf(sourceOfCaller('municipality'))).toBe('typed');
    expect(trustOf(sourceOfCaller('secretariat'))).toBe('trusted');
    expect(trustOf(sourceOfCaller('advisor'))).toBe('trusted');
  });

  it('holds mail only for a typed address still pending', () => {
    expect(awaitsConfirmation('kari@verdal.kommune.no', { status: 'pending' }, SECRETARIAT)).toBe(true);
    expect(awaitsConfirmation('kari@verdal.kommune.no', { status: 'confirmed' }, SECRETARIAT)).toBe(false);
    expect(awaitsConfirmation('kari@verdal.kommune.no', { status: 'trusted' }, SECRETARIAT)).toBe(false);
    // Never typed by a municipality: no record, trusted.
    expect(awaitsConfirmation('vera@ks.no', undefined, SECRETARIAT)).toBe(false);
  });

  it('never holds the secretariat’s own address, however it is written or recorded', () => {
    expect(awaitsConfirmation(' sekretariatet@kvalitetskommune.LOCAL ', { status: 'pending' }, SECRETARIAT)).toBe(false);
  });

  it('compares addresses lower-case, without blanks', () => {
    expect(normaliseAddress('  Kari.Nordmann@Verdal.Kommune.NO ')).toBe('kari.nordmann@verdal.kommune.no');
  });
});

describe('confirmation codes', () => {
  const issued = new Date('2007-03-01T10:00:00.000Z');
  const expiresAt = confirmationExpiry(issued);

  it(`expire ${CONFIRMATION_TOKEN_HOURS} hours after they are issued`, () => {
    expect(expiresAt).toBe('2007-03-04T10:00:00.000Z');
    expect(confirmationExpiry(issued, 1)).toBe('2007-03-01T11:00:00.000Z');
  });

  it('are valid until the expiry, then expired; used once used', () => {
    expect(tokenState({ expiresAt }, new Date('2007-03-04T09:59:59.999Z'))).toBe('valid');
    expect(tokenState({ expiresAt }, new Date(expiresAt))).toBe('expired');
    expect(tokenState({ expiresAt }, new Date('2007-04-01T00:00:00Z'))).toBe('expired');
    expect(tokenState({ expiresAt, usedAt: '2007-03-02T08:00:00.000Z' }, new Date('2007-04-01T00:00:00Z'))).toBe('used');
  });

  it('are issued one at a time: a new one only when none is live', () => {
    const now = new Date('2007-03-02T00:00:00Z');
    expect(mayRequestConfirmation({ status: 'pending' }, now)).toBe(true);
    expect(mayRequestConfirmation({ status: 'pending', tokenExpiresAt: expiresAt }, now)).toBe(false);
    expect(mayRequestConfirmation({ status: 'pending', tokenExpiresAt: expiresAt }, new Date(expiresAt))).toBe(true);
  });

  it('are never sent to an address that is trusted, confirmed or unknown', () => {
    const now = new Date('2007-03-02T00:00:00Z');
    expect(mayRequestConfirmation({ status: 'confirmed' }, now)).toBe(false);
    expect(mayRequestConfirmation({ status: 'trusted' }, now)).toBe(false);
    expect(mayRequestConfirmation(undefined, now)).toBe(false);
  });
});
