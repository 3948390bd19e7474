/**
 * The end of an asynchronous upload, told to whoever sent it (a municipality at its registered
 * contact address, the secretariat at its own), in bokmål or nynorsk: committed with what was
 * stored, or rejected with the first row/column errors. Pure: data in, message out.
 */
import type { UploadOutcome } from './commands.ts';
import type { Language } from '../platform/written-standard.ts';
import { letter, quarterName, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';

/** The errors an email lists; the upload resource has them all (up to 100). */
const LISTED_ERRORS = 10;

export function absenceUploadOutcome(uploadId: string, outcome: UploadOutcome, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const nn = language === 'nn';
  if (outcome.status === 'committed') {
    const { receipt } = outcome;
    const quarters = receipt.quarters.map(quarterName).join(', ');
    return letter('absence-upload-committed', to, language, nn ? 'Sjukefråværstala er tekne imot' : 'Sykefraværstallene er mottatt', [
      nn
        ? `Fila med sjukefråværstal (opplasting ${uploadId}) er kontrollert og lagra: ${receipt.rows} rader for ${receipt.municipalities} kommunar (${quarters}).`
        : `Filen med sykefraværstall (opplasting ${uploadId}) er kontrollert og lagret: ${receipt.rows} rader for ${receipt.municipalities} kommuner (${quarters}).`,
      ...(receipt.warningCount > 0
        ? [
            '',
            nn
              ? `Tala er lagra, men ${receipt.warningCount} av dei ser usannsynlege ut (til dømes over 25 % fråvær, eller eit hol mellom kvartal). Sjå gjennom dei, og last opp retta tal om nokon er feil:`
              : `Tallene er lagret, men ${receipt.warningCount} av dem ser usannsynlige ut (for eksempel over 25 % fravær, eller et hull mellom kvartaler). Se gjennom dem, og last opp rettede tall om noen er feil:`,
            ...receipt.warnings.slice(0, LISTED_ERRORS).map((w) => `- rad ${w.row}, kolonne ${w.column}: ${w.detail}` /* the same words in both */),
            ...(receipt.warningCount > LISTED_ERRORS ? [nn ? `Alle åtvaringane står i opplastinga: GET /absence-uploads/${uploadId}.` : `Alle advarslene står i opplastingen: GET /absence-uploads/${uploadId}.`] : []),
          ]
        : []),
      ...(receipt.duplicate ? ['', nn ? 'Det same innhaldet var alt motteke det siste døgnet, så ingenting nytt vart lagra.' : 'Det samme innholdet var allerede mottatt siste døgn, så ingenting nytt ble lagret.'] : []),
    ], correlationId);
  }
  const { problem } = outcome;
  const errors = (problem.errors ?? []).slice(0, LISTED_ERRORS).map((e) =>
    e.row !== undefined ? `- rad ${e.row}${e.column ? `, kolonne ${e.column}` : ''}: ${e.detail}` /* the same words in both */ : `- ${e.pointer || '/'}: ${e.detail}`,
  );
  const more = (problem.errors?.length ?? 0) > LISTED_ERRORS;
  return letter('absence-upload-rejected', to, language, nn ? 'Sjukefråværstala vart ikkje tekne imot' : 'Sykefraværstallene ble ikke mottatt', [
    nn
      ? `Fila med sjukefråværstal (opplasting ${uploadId}) vart avvist, og ingenting frå ho er lagra: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}.`
      : `Filen med sykefraværstall (opplasting ${uploadId}) ble avvist, og ingenting fra den er lagret: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}.`,
    ...(errors.length ? ['', nn ? 'Feil i fila:' : 'Feil i filen:', ...errors] : []),
    ...(more ? [nn ? `Alle feila står i opplastinga: GET /absence-uploads/${uploadId}.` : `Alle feilene står i opplastingen: GET /absence-uploads/${uploadId}.`] : []),
    '',
    nn ? 'Rett fila og last ho opp på nytt.' : 'Rett filen og last den opp på nytt.',
  ], correlationId);
}

/** A participant has no figures for a quarter: the first or second reminder, to its figures uploaders and project leaders. */
export function uploadReminder(r: { readonly municipalityName: string; readonly quarter: string; readonly step: 'first' | 'second' }, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const nn = language === 'nn';
  const quarter = quarterName(r.quarter);
  const second = r.step === 'second';
  const subject = nn
    ? `${second ? 'Ny påminning' : 'Påminning'}: sjukefråværstal for ${quarter} manglar`
    : `${second ? 'Ny påminnelse' : 'Påminnelse'}: sykefraværstall for ${quarter} mangler`;
  return letter('absence-upload-reminder', to, language, subject, [
    nn
      ? `Vi har enno ikkje fått sjukefråværstala til ${r.municipalityName} kommune for ${quarter}.${second ? ' Dette er den andre påminninga.' : ''}`
      : `Vi har ennå ikke mottatt sykefraværstallene til ${r.municipalityName} kommune for ${quarter}.${second ? ' Dette er den andre påminnelsen.' : ''}`,
    '',
    nn
      ? 'Last opp tala (POST /municipalities/{kommunenummer}/absence-figures) så snart dei er klare. Har de alt lasta dei opp, kan de sjå bort frå denne e-posten.'
      : 'Last opp tallene (POST /municipalities/{kommunenummer}/absence-figures) så snart de er klare. Har dere allerede lastet dem opp, kan dere se bort fra denne e-posten.',
  ], correlationId);
}

/** The secretariat's list of participants still without figures for a quarter, when a reminder step goes out (bokmål, as the secretariat's notices). */
export function figuresMissing(r: { readonly quarter: string; readonly step: 'first' | 'second'; readonly municipalities: readonly { readonly municipalityNumber: string; readonly municipalityName: string }[] }, to: Recipient, correlationId?: string): EmailMessage {
  const quarter = quarterName(r.quarter);
  return letter('absence-figures-missing', to, 'nb', `Mangler sykefraværstall for ${quarter}: ${r.municipalities.length} kommuner`, [
    `Disse deltakerne har ikke levert sykefraværstall for ${quarter}, og har nå fått ${r.step === 'second' ? 'andre' : 'første'} påminnelse:`,
    '',
    ...r.municipalities.map((m) => `- ${m.municipalityNumber} ${m.municipalityName}`),
  ], correlationId);
}
