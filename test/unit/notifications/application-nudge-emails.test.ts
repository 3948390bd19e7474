import { describe, expect, it } from 'vitest';
import { applicationNudge } from '../../../shared/applications/nudge-emails.ts';

const to = { name: 'Siri', address: 'siri@jolster.kommune.no' };
const base = { cohortName: 'Pulje I', closesOn: '2007-03-15', municipalityName: 'Jølster', sentFor: '2007-03-12' } as const;

describe('the nudge before an application window closes', () => {
  it('asks a draft’s project leader to send it, in nynorsk, with the real days left', () => {
    const m = applicationNudge({ ...base, reason: 'draft', applicationId: 'app-1' }, to, 'nn', 'corr');
    expect(m.template).toBe('application-window-closing');
    expect(m.language).toBe('nn');
    expect(m.subject).toBe('Påminning: søknadsfristen for Pulje I er 15. mars 2007');
    expect(m.text).toContain('Jølster kommune har eit utkast til søknad om å delta i Pulje I');
    expect(m.text).toContain('(om 3 dagar)');
    expect(m.text).toContain('POST /applications/app-1/submission');
    expect(m.to).toEqual([to]);
    expect(m.correlationId).toBe('corr');
  });

  it('asks an invited municipality to apply, in bokmål', () => {
    const m = applicationNudge({ ...base, municipalityName: 'Verdal', reason: 'invited', sentFor: '2007-03-01' }, to, 'nb');
    expect(m.subject).toBe('Påminnelse: søknadsfristen for Pulje I er 15. mars 2007');
    expect(m.text).toContain('Til Verdal kommune');
    expect(m.text).toContain('er åpen for søknader til og med 15. mars 2007 (om 14 dager). Vi har ennå ikke mottatt noen søknad fra Verdal kommune.');
    expect(m.text).not.toContain('/submission');
  });

  it('says "tomorrow" and "today" on the last two days', () => {
    expect(applicationNudge({ ...base, reason: 'invited', sentFor: '2007-03-14' }, to, 'nb').text).toContain('(i morgen)');
    expect(applicationNudge({ ...base, reason: 'invited', sentFor: '2007-03-14' }, to, 'nn').text).toContain('(i morgon)');
    expect(applicationNudge({ ...base, reason: 'invited', sentFor: '2007-03-15' }, to, 'nn').text).toContain('(i dag)');
  });
});
