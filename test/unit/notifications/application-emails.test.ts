import { describe, expect, it } from 'vitest';
import type { EventData } from '../../../shared/event-catalogue.ts';
import { applicationReceipt, dailyApplicationDigest, newApplicationNotice } from '../../../shared/applications/emails.ts';
import { newApplication } from '../../../shared/applications/lifecycle.ts';
import { completeApplication, submittedData } from '../../support/fixtures.ts';

const event = (writtenStandard: EventData<'ApplicationSubmitted'>['writtenStandard']) => submittedData({ writtenStandard });

describe('applicationReceipt', () => {
  it('writes nynorsk to a nynorsk municipality', () => {
    const message = applicationReceipt(event('nynorsk'), 'corr-1');
    expect(message.language).toBe('nn');
    expect(message.subject).toBe('Stadfesting: søknad frå Jølster kommune er motteken');
    expect(message.text).toContain('Vi har motteke søknaden frå Jølster kommune');
    expect(message.text).toContain('oppvekst (barnehage og skule)');
    expect(message.text).toContain('1. mars 2007');
    expect(message.text.endsWith('Med venleg helsing\nSekretariatet for Kvalitetskommuneprogrammet')).toBe(true);
    expect(message.correlationId).toBe('corr-1');
  });

  it.each(['bokmal', 'neutral'] as const)('writes bokmål to a %s municipality', (standard) => {
    const message = applicationReceipt(event(standard));
    expect(message.language).toBe('nb');
    expect(message.subject).toBe('Bekreftelse: søknad fra Jølster kommune er mottatt');
    expect(message.text).toContain('Vi har mottatt søknaden fra Jølster kommune');
    expect(message.text).toContain('oppvekst (barnehage og skole)');
    expect(message.text.endsWith('Med vennlig hilsen\nSekretariatet for Kvalitetskommuneprogrammet')).toBe(true);
  });

  it('goes to the project leader and names the application', () => {
    const message = applicationReceipt(event('bokmal'));
    expect(message.to).toEqual([{ name: 'Ola Nordmann', address: 'ola@jolster.kommune.no' }]);
    expect(message.text).toContain('a-1');
  });
});

describe('secretariat emails', () => {
  const secretariat = { address: 'sekretariatet@ks.no' };

  it('tells the secretariat who applied', () => {
    const message = newApplicationNotice(event('nynorsk'), secretariat);
    expect(message.to).toEqual([secretariat]);
    expect(message.language).toBe('nb');
    expect(message.subject).toBe('Ny søknad: Jølster kommune (1431)');
    expect(message.text).toContain('Ola Nordmann <ola@jolster.kommune.no>');
  });

  it('lists a day’s applications in the digest', () => {
    const applications = ['a-1', 'a-2'].map((id) =>
      newApplication({ ...completeApplication(), cohortId: 'c0000000-0000-4000-8000-000000000001' }, { id, municipality: { number: '1721', name: 'Verdal' }, now: new Date('2007-03-01T10:00:00Z') }),
    );
    const message = dailyApplicationDigest('2007-03-01', applications, secretariat);
    expect(message.subject).toBe('Søknader mottatt 1. mars 2007: 2');
    expect(message.text.split('\n').filter((line) => line.startsWith('- Verdal (1721)'))).toHaveLength(2);
  });
});
