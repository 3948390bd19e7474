/**
 * Emails of the programme's workflows (cohorts, decisions, gatherings, networks), in bokmål
 * and nynorsk. Pure functions: data in, message out; the caller picks the language from the
 * receiving municipality's written standard.
 */
import type { Gathering } from '../contracts/cohorts.ts';
import type { EventData } from '../contracts/events.ts';
import { daysPastDue, type ReminderCopy } from '../domain/reminders.ts';
import { norwegianDay } from '../domain/dates.ts';
import type { ReportType } from '../domain/report.ts';
import type { Language } from '../domain/written-standard.ts';
import { letter, longDate, percent, quarterName, quoted, type EmailMessage, type Recipient } from './email-message.ts';

/** Invitation to apply, sent to a municipality not yet participating when a cohort opens. */
export function cohortInvitation(cohort: EventData<'CohortOpened'>, municipalityName: string, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const closes = longDate(cohort.applicationWindow.closesOn);
  const starts = longDate(cohort.startDate);
  return language === 'nn'
    ? letter('cohort-invitation', to, 'nn', `Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (${cohort.cohortName})`, [
        `Til ${municipalityName} kommune`,
        '',
        `${cohort.cohortName} i Kvalitetskommuneprogrammet er open for søknader fram til ${closes}. Dei lokale prosjekta startar ${starts}.`,
        'Søknaden skal få fram innsatsområda, korleis kommunen vil arbeide, eit mål for lågare sjukefråvær, representasjon for folkevalde, leiinga og dei tillitsvalde i styringa av arbeidet, og det politiske vedtaket.',
      ], correlationId)
    : letter('cohort-invitation', to, 'nb', `Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (${cohort.cohortName})`, [
        `Til ${municipalityName} kommune`,
        '',
        `${cohort.cohortName} i Kvalitetskommuneprogrammet er åpen for søknader til og med ${closes}. De lokale prosjektene starter ${starts}.`,
        'Søknaden skal få fram innsatsområdene, hvordan kommunen vil arbeide, et mål for lavere sykefravær, representasjon for folkevalgte, ledelsen og de tillitsvalgte i styringen av arbeidet, og det politiske vedtaket.',
      ], correlationId);
}

/** The decision letter to the project leader. */
export function decisionLetter(decision: EventData<'ApplicationDecided'>, language: Language, correlationId?: string): EmailMessage {
  const to = { name: decision.projectLeader.name, address: decision.projectLeader.email };
  const admitted = decision.outcome === 'admitted';
  if (language === 'nn') {
    return letter('decision-letter', to, 'nn', admitted ? `Vedtak: ${decision.municipalityName} kommune er teken opp i ${decision.cohortName}` : `Vedtak: søknaden frå ${decision.municipalityName} kommune er avslått`, [
      `Hei ${decision.projectLeader.name},`,
      '',
      admitted
        ? `Styringsgruppa har teke ${decision.municipalityName} kommune opp som deltakar i ${decision.cohortName} i Kvalitetskommuneprogrammet.`
        : `Styringsgruppa har dessverre avslått søknaden frå ${decision.municipalityName} kommune om å delta i ${decision.cohortName}.`,
      '',
      'Grunngjeving:',
      ...quoted(decision.reason),
    ], correlationId);
  }
  return letter('decision-letter', to, 'nb', admitted ? `Vedtak: ${decision.municipalityName} kommune er tatt opp i ${decision.cohortName}` : `Vedtak: søknaden fra ${decision.municipalityName} kommune er avslått`, [
    `Hei ${decision.projectLeader.name},`,
    '',
    admitted
      ? `Styringsgruppen har tatt ${decision.municipalityName} kommune opp som deltaker i ${decision.cohortName} i Kvalitetskommuneprogrammet.`
      : `Styringsgruppen har dessverre avslått søknaden fra ${decision.municipalityName} kommune om å delta i ${decision.cohortName}.`,
    '',
    'Begrunnelse:',
    ...quoted(decision.reason),
  ], correlationId);
}

const gatheringLines = (g: Gathering) => [`${g.title}`, `Dato: ${longDate(g.date)}`, `Sted: ${g.location}`, ...(g.description ? ['', ...quoted(g.description)] : [])];

/** A gathering added to, or changed in, the cohort's calendar. */
export function gatheringNotice(
  cohortName: string,
  gathering: Gathering,
  previous: Gathering | undefined,
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const changes = previous ? describeChanges(previous, gathering, language) : [];
  if (language === 'nn') {
    return letter('gathering-notice', to, 'nn', previous ? `Endra samling: ${gathering.title} (${cohortName})` : `Ny samling: ${gathering.title} (${cohortName})`, [
      previous ? `Ei samling i ${cohortName} er endra:` : `Ei ny samling er sett opp for ${cohortName}:`,
      '',
      ...gatheringLines(gathering),
      ...(changes.length ? ['', 'Endringar:', ...changes] : []),
    ], correlationId);
  }
  return letter('gathering-notice', to, 'nb', previous ? `Endret samling: ${gathering.title} (${cohortName})` : `Ny samling: ${gathering.title} (${cohortName})`, [
    previous ? `En samling i ${cohortName} er endret:` : `En ny samling er satt opp for ${cohortName}:`,
    '',
    ...gatheringLines(gathering),
    ...(changes.length ? ['', 'Endringer:', ...changes] : []),
  ], correlationId);
}

function describeChanges(before: Gathering, after: Gathering, language: Language): string[] {
  const label = language === 'nn' ? { date: 'Dato', location: 'Stad', title: 'Tittel' } : { date: 'Dato', location: 'Sted', title: 'Tittel' };
  const lines: string[] = [];
  if (before.date !== after.date) lines.push(`- ${label.date}: ${longDate(before.date)} → ${longDate(after.date)}`);
  if (before.location !== after.location) lines.push(`- ${label.location}: ${before.location} → ${after.location}`);
  if (before.title !== after.title) lines.push(`- ${label.title}: ${before.title} → ${after.title}`);
  return lines;
}

/** Who is in the network and who the advisor is, to a member's project leader or the advisor. */
export function networkComposition(
  network: { cohortName: string; networkName: string; advisor: { name: string; email: string }; members: readonly { municipalityNumber: string; municipalityName: string }[] },
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const members = network.members.map((m) => `- ${m.municipalityName} (${m.municipalityNumber})`);
  const advisor = `${network.advisor.name} <${network.advisor.email}>`;
  return language === 'nn'
    ? letter('network-composition', to, 'nn', `Nettverket ditt: ${network.networkName} (${network.cohortName})`, [
        `${network.networkName} i ${network.cohortName} har desse medlemmene:`,
        ...members,
        '',
        `Rettleiar: ${advisor}`,
      ], correlationId)
    : letter('network-composition', to, 'nb', `Nettverket ditt: ${network.networkName} (${network.cohortName})`, [
        `${network.networkName} i ${network.cohortName} har disse medlemmene:`,
        ...members,
        '',
        `Veileder: ${advisor}`,
      ], correlationId);
}

/** To the secretariat after invitations went out: how many, and who has no contact address yet. */
export function invitationSummary(
  cohort: EventData<'CohortOpened'>,
  invited: number,
  withoutContact: readonly { number: string; name: string }[],
  to: Recipient,
  correlationId?: string,
): EmailMessage {
  return letter('invitation-summary', to, 'nb', `Invitasjoner til ${cohort.cohortName}: ${invited} sendt, ${withoutContact.length} uten kontaktadresse`, [
    `${cohort.cohortName} er åpnet for søknader. Invitasjon er sendt til ${invited} kommuner som ikke deltar i programmet.`,
    ...(withoutContact.length
      ? ['', `Disse ${withoutContact.length} kommunene har ingen kontaktadresse registrert (PATCH /municipalities/{nummer}) og fikk ingen invitasjon:`, ...withoutContact.map((m) => `- ${m.name} (${m.number})`)]
      : []),
  ], correlationId);
}

const STATUS_NAMES: Record<Language, Record<string, string>> = {
  nb: { 'no-data': 'ingen data ennå', 'on-track': 'i rute', 'at-risk': 'i faresonen', 'off-track': 'ikke i rute', achieved: 'nådd' },
  nn: { 'no-data': 'ingen data enno', 'on-track': 'i rute', 'at-risk': 'i faresona', 'off-track': 'ikkje i rute', achieved: 'nådd' },
};

/** A participant's target status changed: to the project leader, or (off-track) the advisor. */
export function targetStatusNotice(change: EventData<'TargetStatusChanged'>, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const names = STATUS_NAMES[language];
  const a = change.assessment;
  const status = names[a.status]!;
  const previous = change.previousStatus ? names[change.previousStatus] ?? change.previousStatus : undefined;
  const figure = a.latest
    ? language === 'nn'
      ? `Siste samanliknbare tal: ${percent(a.latest.percentage)} (${quarterName(a.latest.quarter)}, ${a.latest.basis === 'rolling-four-quarters' ? 'dei siste fire kvartala' : `same kvartal som i utgangsåret`}).`
      : `Siste sammenlignbare tall: ${percent(a.latest.percentage)} (${quarterName(a.latest.quarter)}, ${a.latest.basis === 'rolling-four-quarters' ? 'de siste fire kvartalene' : `samme kvartal som i utgangsåret`}).`
    : undefined;
  const lines =
    language === 'nn'
      ? [
          `Sjukefråværsmålet til ${change.municipalityName} kommune er no ${status}${previous ? ` (var ${previous})` : ''}.`,
          '',
          `Utgangspunkt: ${percent(a.baselinePercentage)}. Mål: ${percent(a.targetPercentage)} innan ${longDate(a.targetDate)}.`,
          ...(figure ? [figure] : []),
          ...(a.expectedPercentage !== undefined ? [`Etter planen skulle fråværet no vore ${percent(a.expectedPercentage)}.`] : []),
        ]
      : [
          `Sykefraværsmålet til ${change.municipalityName} kommune er nå ${status}${previous ? ` (var ${previous})` : ''}.`,
          '',
          `Utgangspunkt: ${percent(a.baselinePercentage)}. Mål: ${percent(a.targetPercentage)} innen ${longDate(a.targetDate)}.`,
          ...(figure ? [figure] : []),
          ...(a.expectedPercentage !== undefined ? [`Etter planen skulle fraværet nå vært ${percent(a.expectedPercentage)}.`] : []),
        ];
  const subject =
    language === 'nn'
      ? `Sjukefråværsmålet til ${change.municipalityName} kommune: ${status}`
      : `Sykefraværsmålet til ${change.municipalityName} kommune: ${status}`;
  return letter('target-status-notice', to, language, subject, lines, correlationId);
}

/** The kinds of report, the same words in bokmål and nynorsk. */
const REPORT_NAMES: Record<ReportType, string> = { 'project-plan': 'prosjektplan', 'status-report': 'statusrapport', 'final-evaluation': 'sluttevaluering' };

/** "1 dag", "3 dagar" (nynorsk), "3 dager" (bokmål): a configured ladder may have a step one day off. */
const dayCount = (days: number, language: Language) => (days === 1 ? '1 dag' : `${days} ${language === 'nn' ? 'dagar' : 'dager'}`);

/** Who else gets a reminder, as the letter names them. */
const COPY_NAMES: Record<Language, Record<ReminderCopy, string>> = {
  nb: { advisor: 'veilederen', secretariat: 'sekretariatet' },
  nn: { advisor: 'rettleiaren', secretariat: 'sekretariatet' },
};

/** "Veilederen og sekretariatet har fått kopi av denne påminnelsen." for those who really got one. */
function copyLine(copiedTo: readonly ReminderCopy[], language: Language): string {
  const names = copiedTo.map((c) => COPY_NAMES[language][c]).join(' og ');
  const line = language === 'nn' ? `${names} har fått kopi av denne påminninga.` : `${names} har fått kopi av denne påminnelsen.`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/**
 * A reminder letter, worded by the real distance to the due date on the day it is sent for
 * (`daysPastDue`: negative before, 0 on the day, positive when late), never by the ladder
 * step's nominal day. A step that also goes to the advisor or the secretariat escalates, and
 * the letter says who got a copy.
 */
export function reportReminder(
  report: { municipalityName: string; cohortName: string; type: ReportType; title: string; dueDate: string },
  step: { daysPastDue: number; copiedTo: readonly ReminderCopy[] },
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const due = longDate(report.dueDate);
  const days = Math.abs(step.daysPastDue);
  const what = `${report.title} (${REPORT_NAMES[report.type]})`;
  const escalation = step.copiedTo.length > 0;
  if (language === 'nn') {
    const subject =
      step.daysPastDue < 0
        ? `Påminning: ${report.title} frå ${report.municipalityName} kommune skal leverast ${due}`
        : step.daysPastDue === 0
          ? `I dag: ${report.title} frå ${report.municipalityName} kommune skal leverast`
          : `${escalation ? 'Eskalert: ' : ''}${report.title} frå ${report.municipalityName} kommune er ${dayCount(days, 'nn')} forseinka`;
    return letter('report-reminder', to, 'nn', subject, [
      `${what} for ${report.municipalityName} kommune i ${report.cohortName} har frist ${due}.`,
      step.daysPastDue < 0 ? `Det er ${dayCount(days, 'nn')} att.` : step.daysPastDue === 0 ? 'Fristen er i dag.' : `Rapporten er ${dayCount(days, 'nn')} over fristen og er ikkje levert.`,
      ...(escalation ? ['', copyLine(step.copiedTo, 'nn')] : []),
    ], correlationId);
  }
  const subject =
    step.daysPastDue < 0
      ? `Påminnelse: ${report.title} fra ${report.municipalityName} kommune skal leveres ${due}`
      : step.daysPastDue === 0
        ? `I dag: ${report.title} fra ${report.municipalityName} kommune skal leveres`
        : `${escalation ? 'Eskalert: ' : ''}${report.title} fra ${report.municipalityName} kommune er ${dayCount(days, 'nb')} forsinket`;
  return letter('report-reminder', to, 'nb', subject, [
    `${what} for ${report.municipalityName} kommune i ${report.cohortName} har frist ${due}.`,
    step.daysPastDue < 0 ? `Det er ${dayCount(days, 'nb')} igjen.` : step.daysPastDue === 0 ? 'Fristen er i dag.' : `Rapporten er ${dayCount(days, 'nb')} over fristen og er ikke levert.`,
    ...(escalation ? ['', copyLine(step.copiedTo, 'nb')] : []),
  ], correlationId);
}

/**
 * To a reviewer (the network's advisor, the secretariat): a report was submitted and waits for
 * review, with its id and the API path to read it.
 */
export function reportSubmittedNotice(
  report: { id: string; municipalityName: string; municipalityNumber: string; cohortName: string; type: ReportType; title: string; dueDate: string; submittedAt: string },
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const what = `${report.title} (${REPORT_NAMES[report.type]})`;
  const late = daysPastDueOf(report.dueDate, report.submittedAt);
  if (language === 'nn') {
    return letter('report-submitted-notice', to, 'nn', `Levert: ${report.title} frå ${report.municipalityName} kommune`, [
      `${report.municipalityName} kommune (${report.municipalityNumber}) i ${report.cohortName} har levert ${what}, ${longDate(report.submittedAt)}.`,
      late > 0 ? `Fristen var ${longDate(report.dueDate)}: rapporten kom ${dayCount(late, 'nn')} etter fristen.` : `Fristen var ${longDate(report.dueDate)}.`,
      '',
      'Rapporten ventar på gjennomgang: godkjenn han, eller send han tilbake med ein kommentar.',
      `Rapport: GET /reports/${report.id}`,
      `Gjennomgang: POST /reports/${report.id}/review`,
    ], correlationId);
  }
  return letter('report-submitted-notice', to, 'nb', `Levert: ${report.title} fra ${report.municipalityName} kommune`, [
    `${report.municipalityName} kommune (${report.municipalityNumber}) i ${report.cohortName} har levert ${what}, ${longDate(report.submittedAt)}.`,
    late > 0 ? `Fristen var ${longDate(report.dueDate)}: rapporten kom ${dayCount(late, 'nb')} etter fristen.` : `Fristen var ${longDate(report.dueDate)}.`,
    '',
    'Rapporten venter på gjennomgang: godkjenn den, eller send den tilbake med en kommentar.',
    `Rapport: GET /reports/${report.id}`,
    `Gjennomgang: POST /reports/${report.id}/review`,
  ], correlationId);
}

/** Whole days from a due date to an instant's (Norwegian) day. */
const daysPastDueOf = (dueDate: string, instant: string) => daysPastDue(dueDate, norwegianDay(instant));

/** A report accepted, or returned with the reason. */
export function reportReviewNotice(
  report: { municipalityName: string; title: string },
  review: { outcome: 'accepted' | 'returned'; comment: string },
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const accepted = review.outcome === 'accepted';
  return language === 'nn'
    ? letter('report-review', to, 'nn', accepted ? `Godkjend: ${report.title} frå ${report.municipalityName} kommune` : `Sendt tilbake: ${report.title} frå ${report.municipalityName} kommune`, [
        accepted ? `${report.title} er godkjend.` : `${report.title} er sendt tilbake for endringar. Lever rapporten på nytt når han er retta.`,
        '',
        'Kommentar:',
        ...quoted(review.comment),
      ], correlationId)
    : letter('report-review', to, 'nb', accepted ? `Godkjent: ${report.title} fra ${report.municipalityName} kommune` : `Sendt tilbake: ${report.title} fra ${report.municipalityName} kommune`, [
        accepted ? `${report.title} er godkjent.` : `${report.title} er sendt tilbake for endringer. Lever den på nytt når den er rettet.`,
        '',
        'Kommentar:',
        ...quoted(review.comment),
      ], correlationId);
}
