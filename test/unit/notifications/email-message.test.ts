import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('letter formatting', () => {
  it('builds its Intl formatters on first use and once, not when a function’s module loads (about 25 ms of cold start)', async () => {
    vi.resetModules();
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const { longDate, percent } = await import('../../../shared/platform/mail/email-message.ts');
    expect(numberFormats).not.toHaveBeenCalled();
    expect(dateFormats).not.toHaveBeenCalled();

    expect([percent(8.2), percent(10), percent(6.25)]).toEqual(['8,2 %', '10 %', '6,25 %']);
    expect([longDate('2025-03-01'), longDate('2008-01-15T23:30:00.000Z')]).toEqual(['1. mars 2025', '16. januar 2008']);
    expect(numberFormats).toHaveBeenCalledTimes(1);
    expect(dateFormats).toHaveBeenCalledTimes(1);
  });
});
