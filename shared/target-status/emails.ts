/**
 * Emails of target status notices, in bokmål and nynorsk. Pure functions: data in, message out; the
 * caller picks the language from the receiving municipality's written standard.
 */
import type { EventData } from '../event-catalogue.ts';
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, percent, quarterName, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';

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
  const figure = a.latest ? figureLine(a.latest, language) : undefined;
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

function figureLine(latest: NonNullable<EventData<'TargetStatusChanged'>['assessment']['latest']>, language: Language): string {
  const quarters = latest.quarters.map(quarterName).join(', ');
  if (latest.percentage === undefined) {
    return language === 'nn'
      ? `Dei siste tala (${quarters}) gjeld færre enn fem personar og blir ikkje viste utanfor kommunen.`
      : `De siste tallene (${quarters}) gjelder færre enn fem personer og vises ikke utenfor kommunen.`;
  }
  const basis =
    latest.basis === 'rolling-four-quarters'
      ? language === 'nn' ? 'dei siste fire kvartala' : 'de siste fire kvartalene'
      : language === 'nn' ? `${quarters} mot dei same kvartala i utgangsåret` : `${quarters} mot de samme kvartalene i utgangsåret`;
  return language === 'nn'
    ? `Siste samanliknbare tal: ${percent(latest.percentage)} (${quarterName(latest.quarter)}, ${basis}).`
    : `Siste sammenlignbare tall: ${percent(latest.percentage)} (${quarterName(latest.quarter)}, ${basis}).`;
}
