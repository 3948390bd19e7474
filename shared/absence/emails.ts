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
