import { describe, expect, it } from 'vitest';
import { CONFIRMATION_TEMPLATE, confirmationMessage } from '../../../shared/email-confirmations/emails.ts';

const request = { address: 'kari@verdal.kommune.no', municipalityName: 'Verdal', token: 'A'.repeat(43), expiresAt: '2007-03-04T10:00:00.000Z' };

describe('confirmationMessage', () => {
  it('asks in bokmål, with the code, its expiry, and that nothing else is sent until then', () => {
    const message = confirmationMessage(request, 'nb', 'corr-1');
    expect(message).toMatchObject({ template: CONFIRMATION_TEMPLATE, language: 'nb', to: [{ address: request.address }], correlationId: 'corr-1' });
    expect(message.subject).toBe('Bekreft e-postadressen din for Kvalitetskommuneprogrammet');
    expect(message.text).toContain('Verdal kommune har oppgitt kari@verdal.kommune.no');
    expect(message.text).toContain(`POST /email-confirmations/${request.token}`);
    expect(message.text).toContain('før 4. mars 2007');
    expect(message.text).toContain('Vi sender ikke annen e-post til adressen før den er bekreftet.');
    expect(message.text.endsWith('Med vennlig hilsen\nSekretariatet for Kvalitetskommuneprogrammet')).toBe(true);
  });

  it('asks in nynorsk', () => {
    const message = confirmationMessage(request, 'nn');
    expect(message.language).toBe('nn');
    expect(message.subject).toBe('Stadfest e-postadressa di for Kvalitetskommuneprogrammet');
    expect(message.text).toContain('Vi sender ikkje anna e-post til adressa før ho er stadfest.');
    expect(message.text.endsWith('Med venleg helsing\nSekretariatet for Kvalitetskommuneprogrammet')).toBe(true);
  });
});
