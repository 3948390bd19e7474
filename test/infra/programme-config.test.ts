import { describe, expect, it } from 'vitest';
import { addressOf, CONFIG_DEFAULTS, InvalidConfigurationError, MASKINPORTEN_PRODUCTION_ISSUER, MASKINPORTEN_TEST_ISSUER, programmeConfigFrom } from '../../infra/programme-config.ts';

const from = (context: Record<string, unknown>) => programmeConfigFrom((key) => context[key]);

describe('programme configuration from CDK context', () => {
  it('has defaults for everything, with a Cognito user pool and the SES identity taken from mailFrom', () => {
    const config = from({});
    expect(config).toEqual({
      mailFrom: CONFIG_DEFAULTS.mailFrom,
      sesIdentity: 'example.org',
      sesConfigurationSet: undefined,
      secretariatEmail: CONFIG_DEFAULTS.secretariatEmail,
      maskinporten: { issuer: 'https://test.maskinporten.no/', audience: [CONFIG_DEFAULTS.maskinportenAudience] },
      alarmTopicArn: undefined,
      auditRetentionYears: 10,
    });
  });

  it('keeps audit entries the configured whole number of years (a number or its text), 10 by default', () => {
    expect(from({ auditRetentionYears: 7 }).auditRetentionYears).toBe(7);
    expect(from({ auditRetentionYears: '25' }).auditRetentionYears).toBe(25);
    for (const bad of [0, 2.5, 'ten', 101]) expect(() => from({ auditRetentionYears: bad })).toThrow(/auditRetentionYears/);
  });

  it('takes a disclosure threshold of whole persons (a number or its text), none by default (the shipped 5)', () => {
    expect(from({}).disclosureMinPersons).toBeUndefined();
    expect(from({ disclosureMinPersons: 10 }).disclosureMinPersons).toBe(10);
    expect(from({ disclosureMinPersons: '3' }).disclosureMinPersons).toBe(3);
    for (const bad of [0, 4.5, 'five', 101]) expect(() => from({ disclosureMinPersons: bad })).toThrow(/disclosureMinPersons/);
  });

  it('derives the SES identity from the domain of the From address unless one is given', () => {
    expect(from({ mailFrom: 'KS <post@kvalitetskommune.no>' }).sesIdentity).toBe('kvalitetskommune.no');
    expect(from({ mailFrom: 'post@kvalitetskommune.no' }).sesIdentity).toBe('kvalitetskommune.no');
    expect(from({ mailFrom: 'KS <post@kvalitetskommune.no>', sesIdentity: 'post@kvalitetskommune.no' }).sesIdentity).toBe(
      'post@kvalitetskommune.no',
    );
  });

  it('rejects a From header without an address and a secretariat that is not an address', () => {
    expect(() => from({ mailFrom: 'Kvalitetskommuneprogrammet' })).toThrow(InvalidConfigurationError);
    expect(() => from({ secretariatEmail: 'sekretariatet' })).toThrow(/secretariatEmail/);
  });

  it('trusts test Maskinporten unless told otherwise, and takes the audience as a list or comma separated', () => {
    expect(from({}).maskinporten.issuer).toBe(MASKINPORTEN_TEST_ISSUER);
    expect(from({ maskinportenIssuer: MASKINPORTEN_PRODUCTION_ISSUER, maskinportenAudience: 'https://a.example/, https://b.example/' }).maskinporten).toEqual({
      issuer: 'https://maskinporten.no/',
      audience: ['https://a.example/', 'https://b.example/'],
    });
    expect(from({ maskinportenAudience: ['https://kvalitetskommune.example/api'] }).maskinporten.audience).toEqual(['https://kvalitetskommune.example/api']);
    expect(() => from({ maskinportenIssuer: 'http://insecure.example' })).toThrow(/https/);
    // Maskinporten takes only URIs as resource: anything else could never be a token's aud.
    expect(() => from({ maskinportenAudience: 'kvalitetskommune' })).toThrow(/URIs/);
  });

  it('takes mail caps as an object or JSON text, checked at synth', () => {
    const caps = { targetStatusNotice: { perMunicipalityPerDay: 2 } };
    expect(JSON.parse(from({ mailCaps: caps }).mailCaps!)).toEqual(caps);
    expect(JSON.parse(from({ mailCaps: JSON.stringify(caps) }).mailCaps!)).toEqual(caps);
    expect(from({}).mailCaps).toBeUndefined();
    expect(() => from({ mailCaps: '{ targetStatusNotice' })).toThrow(InvalidConfigurationError);
    expect(() => from({ mailCaps: { targetStatusNotice: { perMunicipalityPerDay: 0 } } })).toThrow(/mailCaps is not valid: targetStatusNotice\.perMunicipalityPerDay/);
  });

  it('takes a reminder ladder as an object or JSON text, checked at synth', () => {
    const ladder = { steps: [{ id: 'before-7', daysFromDue: -7, notify: ['project-leader'] }, { id: 'after-14', daysFromDue: 14, notify: ['project-leader', 'secretariat'] }] };
    expect(JSON.parse(from({ reminderLadder: ladder }).reminderLadder!)).toEqual(ladder);
    expect(JSON.parse(from({ reminderLadder: JSON.stringify(ladder) }).reminderLadder!)).toEqual(ladder);
    expect(from({}).reminderLadder).toBeUndefined();
    expect(() => from({ reminderLadder: '{ steps: ' })).toThrow(InvalidConfigurationError);
    expect(() => from({ reminderLadder: { steps: [{ id: 'x', daysFromDue: 1, notify: ['mayor'] }] } })).toThrow(/reminderLadder is not a valid ladder: steps\.0\.notify\.0/);
  });

  it('takes rate limits as an object or JSON text, checked at synth against the same schema the functions use', () => {
    const limits = { enabled: true, windowSeconds: 120, storeTimeoutMs: 800, classes: { standard: { requestsPerWindow: 600 }, upload: { requestsPerWindow: 5 } } };
    expect(JSON.parse(from({ rateLimits: limits }).rateLimits!)).toEqual(limits);
    expect(JSON.parse(from({ rateLimits: JSON.stringify(limits) }).rateLimits!)).toEqual(limits);
    expect(from({}).rateLimits).toBeUndefined();
    expect(() => from({ rateLimits: '{ enabled: ' })).toThrow(InvalidConfigurationError);
    expect(() => from({ rateLimits: { ...limits, windowSeconds: 0 } })).toThrow(/rateLimits are not valid: windowSeconds/);
    expect(() => from({ rateLimits: { ...limits, classes: { standard: { requestsPerWindow: 600 } } } })).toThrow(/rateLimits are not valid: classes\.upload/);
    expect(() => from({ rateLimits: { ...limits, perMinute: 5 } })).toThrow(InvalidConfigurationError);
  });

  it('takes the application nudge schedule as an object or JSON text, checked at synth against the same schema the schedule uses', () => {
    const nudges = { daysBefore: [21, 7, 1], lateRunDays: 3 };
    expect(JSON.parse(from({ applicationNudges: nudges }).applicationNudges!)).toEqual(nudges);
    expect(JSON.parse(from({ applicationNudges: JSON.stringify(nudges) }).applicationNudges!)).toEqual(nudges);
    expect(from({}).applicationNudges).toBeUndefined();
    expect(() => from({ applicationNudges: '{ daysBefore: ' })).toThrow(InvalidConfigurationError);
    expect(() => from({ applicationNudges: { daysBefore: [3, 14], lateRunDays: 2 } })).toThrow(/applicationNudges is not a valid application nudge schedule: daysBefore/);
  });

  it('reads the address out of a mailbox', () => {
    expect(addressOf('Kvalitetskommuneprogrammet <no-reply@example.org>')).toBe('no-reply@example.org');
    expect(addressOf('no-reply@example.org')).toBe('no-reply@example.org');
    expect(addressOf('Name <not an address>')).toBeUndefined();
  });
});
