/**
 * Emails of report reminders and review notices, in bokmål and nynorsk. Pure functions: data in, message out; the
 * caller picks the language from the receiving municipality's written standard.
 */
import { daysPastDue, type ReminderCopy, type ReportType, type SignatoryRole } from './model.ts';
import { norwegianDay } from '../platform/dates.ts';
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, quoted, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';

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
 * step's nominal day. A step that also goes to the advisor or the secretariat escalates (the
 * mandatory `report-escalation`, also to management), and the letter says who got a copy.
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
    return letter(escalation ? 'report-escalation' : 'report-reminder', to, 'nn', subject, [
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
  return letter(escalation ? 'report-escalation' : 'report-reminder', to, 'nb', subject, [
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

/** The three parties as a letter names them. */
const ROLE_NAMES: Record<Language, Record<SignatoryRole, string>> = {
  nb: { management: 'ledelsen (rådmannen)', 'union-representative': 'hovedtillitsvalgt', 'elected-official': 'folkevalgt (ordfører)' },
  nn: { management: 'leiinga (rådmannen)', 'union-representative': 'hovudtillitsvald', 'elected-official': 'folkevald (ordførar)' },
};

/**
 * To a person of the municipality holding a role that has not signed: the report awaits the
 * signature, with the API path to sign it. `roles`: the missing roles the person holds.
 */
export function signatureReminder(
  report: { id: string; municipalityName: string; cohortName: string; type: ReportType; title: string },
  roles: readonly SignatoryRole[],
  missingRoles: readonly SignatoryRole[],
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const what = `${report.title} (${REPORT_NAMES[report.type]})`;
  const names = (list: readonly SignatoryRole[]) => list.map((r) => ROLE_NAMES[language][r]).join(', ');
  const body = { role: roles[0] };
  if (language === 'nn') {
    return letter('signature-reminder', to, 'nn', `Signering: ${report.title} frå ${report.municipalityName} kommune ventar på signaturen din`, [
      `${what} for ${report.municipalityName} kommune i ${report.cohortName} er levert, men reknast ikkje som levert før leiinga, hovudtillitsvald og folkevald har signert.`,
      `Signaturen din manglar som ${names(roles)}. Framleis manglar: ${names(missingRoles)}.`,
      '',
      `Signer: POST /reports/${report.id}/signatures ${JSON.stringify(body)}`,
    ], correlationId);
  }
  return letter('signature-reminder', to, 'nb', `Signering: ${report.title} fra ${report.municipalityName} kommune venter på din signatur`, [
    `${what} for ${report.municipalityName} kommune i ${report.cohortName} er levert, men regnes ikke som levert før ledelsen, hovedtillitsvalgt og folkevalgt har signert.`,
    `Din signatur mangler som ${names(roles)}. Fortsatt mangler: ${names(missingRoles)}.`,
    '',
    `Signer: POST /reports/${report.id}/signatures ${JSON.stringify(body)}`,
  ], correlationId);
}
