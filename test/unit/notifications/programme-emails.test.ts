import { describe, expect, it } from 'vitest';
import type { EventData } from '../../../shared/event-catalogue.ts';
import { cohortInvitation, invitationSummary } from '../../../shared/cohorts/emails.ts';
import { decisionLetter } from '../../../shared/applications/emails.ts';
import { networkComposition } from '../../../shared/networks/emails.ts';
import { targetStatusNotice } from '../../../shared/target-status/emails.ts';
import { reportReminder, reportSubmittedNotice, reportReviewNotice } from '../../../shared/reports/emails.ts';

const cohort = {
  cohortId: 'c1',
  cohortName: 'Pulje II',
  status: 'open',
  applicationWindow: { opensOn: '2007-09-01', closesOn: '2007-10-31' },
  startDate: '2008-01-15',
  endDate: '2011-01-15',
  changedAt: '2007-09-01T08:00:00.000Z',
};
const to = { address: 'postmottak@jolster.kommune.no' };

describe('programme emails', () => {
  it('invites in nynorsk and bokmål, with the closing date and start', () => {
    const nn = cohortInvitation(cohort, 'Jølster', to, 'nn');
    expect(nn).toMatchObject({ language: 'nn', subject: 'Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (Pulje II)' });
    expect(nn.text).toContain('er open for søknader fram til 31. oktober 2007');
    expect(nn.text).toContain('Med venleg helsing');
    const nb = cohortInvitation(cohort, 'Verdal', to, 'nb');
    expect(nb.text).toContain('er åpen for søknader til og med 31. oktober 2007. De lokale prosjektene starter 15. januar 2008.');
    expect(nb.text).toContain('Med vennlig hilsen');
  });

  const decision = {
    applicationId: 'a1',
    cohortId: 'c1',
    cohortName: 'Pulje II',
    municipalityNumber: '1431',
    municipalityName: 'Jølster',
    writtenStandard: 'nynorsk' as const,
    outcome: 'admitted' as const,
    reason: 'Godt forankra.',
    decidedAt: '2007-11-20T10:00:00.000Z',
    projectLeader: { name: 'Ola Nordmann', email: 'ola@jolster.kommune.no' },
  };

  it('writes the decision in the municipality’s standard, with the reason', () => {
    expect(decisionLetter(decision, 'nn')).toMatchObject({ subject: 'Vedtak: Jølster kommune er teken opp i Pulje II', to: [{ name: 'Ola Nordmann', address: 'ola@jolster.kommune.no' }] });
    expect(decisionLetter(decision, 'nn').text).toContain('Grunngjeving:\n> Godt forankra.');
    expect(decisionLetter({ ...decision, outcome: 'rejected' }, 'nb')).toMatchObject({ subject: 'Vedtak: søknaden fra Jølster kommune er avslått' });
    expect(decisionLetter({ ...decision, outcome: 'rejected' }, 'nb').text).toContain('Begrunnelse:\n> Godt forankra.');
  });

  it('tells who is in the network and who advises it', () => {
    const message = networkComposition(
      { cohortName: 'Pulje II', networkName: 'Nettverk Innherred', advisor: { name: 'Vera Veileder', email: 'vera@ks.no' }, members: [{ municipalityNumber: '1719', municipalityName: 'Levanger' }, { municipalityNumber: '1721', municipalityName: 'Verdal' }] },
      to,
      'nb',
    );
    expect(message.subject).toBe('Nettverket ditt: Nettverk Innherred (Pulje II)');
    expect(message.text).toContain('- Levanger (1719)\n- Verdal (1721)');
    expect(message.text).toContain('Veileder: Vera Veileder <vera@ks.no>');
  });

  it('tells the secretariat whom it could not invite', () => {
    const summary = invitationSummary(cohort, 2, [{ number: '0101', name: 'Halden' }], { address: 'sekretariatet@ks.no' });
    expect(summary.subject).toBe('Invitasjoner til Pulje II: 2 sendt, 1 uten kontaktadresse');
    expect(summary.text).toContain('- Halden (0101)');
  });
});

const statusReport = { municipalityName: 'Jølster', cohortName: 'Pulje II', type: 'status-report' as const, title: 'Statusrapport 1', dueDate: '2008-07-15' };

describe('report reminders', () => {
  it.each([
    ['nb', -14, [], 'Påminnelse: Statusrapport 1 fra Jølster kommune skal leveres 15. juli 2008', 'Det er 14 dager igjen.'],
    ['nn', -3, [], 'Påminning: Statusrapport 1 frå Jølster kommune skal leverast 15. juli 2008', 'Det er 3 dagar att.'],
    ['nb', 0, [], 'I dag: Statusrapport 1 fra Jølster kommune skal leveres', 'Fristen er i dag.'],
    ['nn', 0, [], 'I dag: Statusrapport 1 frå Jølster kommune skal leverast', 'Fristen er i dag.'],
    ['nb', 7, [], 'Statusrapport 1 fra Jølster kommune er 7 dager forsinket', 'Rapporten er 7 dager over fristen og er ikke levert.'],
    ['nn', 21, ['advisor', 'secretariat'], 'Eskalert: Statusrapport 1 frå Jølster kommune er 21 dagar forseinka', 'Rapporten er 21 dagar over fristen og er ikkje levert.'],
    // Worded by the real distance on the day it is sent, whatever ladder step it is: a letter 9 days late says 9.
    ['nb', 9, [], 'Statusrapport 1 fra Jølster kommune er 9 dager forsinket', 'Rapporten er 9 dager over fristen og er ikke levert.'],
    ['nn', -6, [], 'Påminning: Statusrapport 1 frå Jølster kommune skal leverast 15. juli 2008', 'Det er 6 dagar att.'],
  ] as const)('in %s, %i days past the due date (copies: %j)', (language, daysPastDue, copiedTo, subject, line) => {
    const message = reportReminder(statusReport, { daysPastDue, copiedTo }, to, language, 'corr-1');
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(line);
    expect(message.text).toContain('Statusrapport 1 (statusrapport) for Jølster kommune i Pulje II har frist 15. juli 2008.');
    // An escalation (copies to others) is the mandatory report-escalation; the others are optional reminders.
    expect(message).toMatchObject({ template: copiedTo.length > 0 ? 'report-escalation' : 'report-reminder', language, correlationId: 'corr-1', to: [to] });
  });

  it.each([
    ['nb', ['advisor', 'secretariat'], 'Veilederen og sekretariatet har fått kopi av denne påminnelsen.'],
    ['nn', ['advisor', 'secretariat'], 'Rettleiaren og sekretariatet har fått kopi av denne påminninga.'],
    // No advisor when the municipality is in no network: the letter must not claim one was told.
    ['nb', ['secretariat'], 'Sekretariatet har fått kopi av denne påminnelsen.'],
    ['nn', ['advisor'], 'Rettleiaren har fått kopi av denne påminninga.'],
  ] as const)('in %s, names exactly who got a copy: %j', (language, copiedTo, line) => {
    const message = reportReminder(statusReport, { daysPastDue: 21, copiedTo }, to, language);
    expect(message.subject).toMatch(/^Eskalert: /);
    expect(message.text).toContain(line);
  });

  it('says one day in the singular, in both written standards', () => {
    expect(reportReminder(statusReport, { daysPastDue: -1, copiedTo: [] }, to, 'nb').text).toContain('Det er 1 dag igjen.');
    expect(reportReminder(statusReport, { daysPastDue: -1, copiedTo: [] }, to, 'nn').text).toContain('Det er 1 dag att.');
    expect(reportReminder(statusReport, { daysPastDue: 1, copiedTo: [] }, to, 'nn').subject).toBe('Statusrapport 1 frå Jølster kommune er 1 dag forseinka');
    expect(reportReminder(statusReport, { daysPastDue: 1, copiedTo: [] }, to, 'nb').text).toContain('Rapporten er 1 dag over fristen og er ikke levert.');
  });

  it('mentions no copy when only the project leader is reminded', () => {
    const message = reportReminder(statusReport, { daysPastDue: 7, copiedTo: [] }, to, 'nb');
    expect(message.subject).not.toMatch(/Eskalert/);
    expect(message.text).not.toContain('kopi');
  });
});

describe('the notice of a submitted report to its reviewers', () => {
  const submitted = { ...statusReport, id: 'a'.repeat(32), municipalityNumber: '1431', submittedAt: '2008-07-18T09:30:00.000Z' };

  it.each([
    ['nb', 'Levert: Statusrapport 1 fra Jølster kommune', 'Jølster kommune (1431) i Pulje II har levert Statusrapport 1 (statusrapport), 18. juli 2008.', 'Fristen var 15. juli 2008: rapporten kom 3 dager etter fristen.', 'Rapporten venter på gjennomgang'],
    ['nn', 'Levert: Statusrapport 1 frå Jølster kommune', 'Jølster kommune (1431) i Pulje II har levert Statusrapport 1 (statusrapport), 18. juli 2008.', 'Fristen var 15. juli 2008: rapporten kom 3 dagar etter fristen.', 'Rapporten ventar på gjennomgang'],
  ] as const)('in %s: what, from whom, how late, and where to read and review it', (language, subject, first, lateness, waits) => {
    const message = reportSubmittedNotice(submitted, to, language, 'corr-9');
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(first);
    expect(message.text).toContain(lateness);
    expect(message.text).toContain(waits);
    expect(message.text).toContain(`Rapport: GET /reports/${'a'.repeat(32)}`);
    expect(message.text).toContain(`Gjennomgang: POST /reports/${'a'.repeat(32)}/review`);
    expect(message).toMatchObject({ template: 'report-submitted-notice', language, correlationId: 'corr-9', to: [to] });
  });

  it('says nothing of lateness for a report in time, and one day in the singular', () => {
    expect(reportSubmittedNotice({ ...submitted, submittedAt: '2008-07-15T20:00:00.000Z' }, to, 'nb').text).toContain('Fristen var 15. juli 2008.\n');
    expect(reportSubmittedNotice({ ...submitted, submittedAt: '2008-07-16T08:00:00.000Z' }, to, 'nn').text).toContain('rapporten kom 1 dag etter fristen.');
  });
});

describe('report review notices', () => {
  it('says a report was accepted, with the comment', () => {
    const message = reportReviewNotice({ municipalityName: 'Verdal', title: 'Prosjektplan' }, { outcome: 'accepted', comment: 'Godt arbeid' }, to, 'nb');
    expect(message.subject).toBe('Godkjent: Prosjektplan fra Verdal kommune');
    expect(message.text).toContain('Prosjektplan er godkjent.');
    expect(message.text).toContain('Kommentar:\n> Godt arbeid');
  });

  it('says why a report came back, in nynorsk', () => {
    const message = reportReviewNotice({ municipalityName: 'Jølster', title: 'Prosjektplan' }, { outcome: 'returned', comment: 'Manglar milepælar' }, to, 'nn');
    expect(message.subject).toBe('Sendt tilbake: Prosjektplan frå Jølster kommune');
    expect(message.text).toContain('Prosjektplan er sendt tilbake for endringar.');
    expect(message.text).toContain('Lever rapporten på nytt når han er retta.');
    expect(message.text).toContain('Kommentar:\n> Manglar milepælar');
    expect(message.text).toContain('Med venleg helsing');
  });
});

describe('target status notices', () => {
  const change = (overrides: Partial<EventData<'TargetStatusChanged'>['assessment']> = {}, previousStatus: string | null = 'on-track'): EventData<'TargetStatusChanged'> => ({
    municipalityNumber: '1431',
    municipalityName: 'Jølster',
    writtenStandard: 'nynorsk',
    cohortId: 'c1',
    cohortName: 'Pulje II',
    previousStatus,
    assessment: {
      status: 'at-risk',
      baselinePercentage: 8.2,
      targetPercentage: 6.5,
      targetDate: '2010-12-31',
      latest: { quarter: '2009Q2', percentage: 7.9, basis: 'rolling-four-quarters', quarters: ['2008Q3', '2008Q4', '2009Q1', '2009Q2'], lostDays: 790, agreedDays: 10000 },
      expectedPercentage: 7.3,
      explanation: 'x',
      ...overrides,
    },
    projectLeader: { name: 'Per Leiar', email: 'per@jolster.kommune.no' },
    advisor: null,
  });

  it('names the new and the previous status, the figures (decimal comma, the quarter in words) and the plan, in nynorsk', () => {
    const message = targetStatusNotice(change(), to, 'nn');
    expect(message.subject).toBe('Sjukefråværsmålet til Jølster kommune: i faresona');
    expect(message.text).toContain('Sjukefråværsmålet til Jølster kommune er no i faresona (var i rute).');
    expect(message.text).toContain('Utgangspunkt: 8,2 %. Mål: 6,5 % innan 31. desember 2010.');
    expect(message.text).toContain('Siste samanliknbare tal: 7,9 % (2. kvartal 2009, dei siste fire kvartala).');
    expect(message.text).toContain('Etter planen skulle fråværet no vore 7,3 %.');
  });

  it('in bokmål, against the same quarters of the baseline year, with no earlier status or data', () => {
    const message = targetStatusNotice(change({ status: 'off-track', latest: { quarter: '2009Q2', percentage: 8.4, basis: 'same-quarters-of-baseline-year', quarters: ['2009Q1', '2009Q2'], lostDays: 84, agreedDays: 1000 }, expectedPercentage: undefined }, null), to, 'nb');
    expect(message.subject).toBe('Sykefraværsmålet til Jølster kommune: ikke i rute');
    expect(message.text).toContain('er nå ikke i rute.');
    expect(message.text).toContain('(2. kvartal 2009, 1. kvartal 2009, 2. kvartal 2009 mot de samme kvartalene i utgangsåret)');
    expect(message.text).not.toContain('Etter planen');
    expect(targetStatusNotice(change({ status: 'no-data', latest: undefined, expectedPercentage: undefined }, null), to, 'nb').text).not.toContain('Siste sammenlignbare');
  });

  it('leaves out a suppressed figure (an advisor outside the municipality), in both standards', () => {
    const latest = { quarter: '2009Q2', basis: 'rolling-four-quarters' as const, quarters: ['2009Q2'], suppressed: true };
    const nb = targetStatusNotice(change({ status: 'off-track', latest }), to, 'nb').text;
    expect(nb).toContain('De siste tallene (2. kvartal 2009) gjelder færre enn fem personer og vises ikke utenfor kommunen.');
    expect(nb).not.toMatch(/\d+,\d %\s*\(2\. kvartal/);
    expect(targetStatusNotice(change({ status: 'off-track', latest }), to, 'nn').text).toContain('gjeld færre enn fem personar');
  });
});
