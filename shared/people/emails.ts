/**
 * The invitation of a person, in bokmål and nynorsk (the municipality's written standard; the
 * secretariat's staff get bokmål). A mandatory message: it goes whatever the person's mail
 * preferences, and it is the one message (besides the confirmation) an address that awaits its
 * owner's confirmation receives, so it carries the confirmation code itself. Pure: data in,
 * message out.
 */
import type { PersonRole } from '../platform/auth/principal.ts';
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, type EmailMessage } from '../platform/mail/email-message.ts';
import { INVITATION_TEMPLATE } from '../email-confirmations/index.ts';

export { INVITATION_TEMPLATE };

const ROLE_NAMES: Record<Language, Record<PersonRole, string>> = {
  nb: {
    'project-leader': 'prosjektleder',
    'figures-uploader': 'ansvarlig for opplasting av sykefraværstall (HR)',
    management: 'rådmann/ledelse',
    'union-representative': 'hovedtillitsvalgt',
    'elected-official': 'folkevalgt (ordfører eller annen folkevalgt)',
    observer: 'observatør',
    secretariat: 'sekretariatet',
    advisor: 'veileder',
    evaluator: 'evaluator (forsker)',
  },
  nn: {
    'project-leader': 'prosjektleiar',
    'figures-uploader': 'ansvarleg for opplasting av sjukefråværstal (HR)',
    management: 'kommunedirektør/leiing',
    'union-representative': 'hovudtillitsvald',
    'elected-official': 'folkevald (ordførar eller annan folkevald)',
    observer: 'observatør',
    secretariat: 'sekretariatet',
    advisor: 'rettleiar',
    evaluator: 'evaluator (forskar)',
  },
};

/** The roles as a letter names them: "prosjektleder og observatør". */
export function roleNames(roles: readonly PersonRole[], language: Language): string {
  const names = roles.map((r) => ROLE_NAMES[language][r]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

export interface Invitation {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly PersonRole[];
  /** The municipality's name, or undefined for the secretariat's staff. */
  readonly municipalityName: string | undefined;
  readonly inviterName?: string | undefined;
  /**
   * The address's confirmation: a code to confirm it with (the code itself, and when it stops
   * working), `sent` when a live code went to it before, or undefined when the address is
   * trusted or confirmed already.
   */
  readonly confirmation?: { readonly token: string; readonly expiresAt: string } | 'sent' | undefined;
}

export function invitationMessage(invitation: Invitation, language: Language, correlationId?: string): EmailMessage {
  const to = { name: invitation.name, address: invitation.email };
  const roles = roleNames(invitation.roles, language);
  const confirmation = invitation.confirmation;
  if (language === 'nn') {
    const where = invitation.municipalityName ? `${invitation.municipalityName} kommune` : 'sekretariatet';
    const who = invitation.inviterName ?? (invitation.municipalityName ? `${invitation.municipalityName} kommune` : 'Sekretariatet');
    return letter(INVITATION_TEMPLATE, to, 'nn', 'Du er invitert til Kvalitetskommuneprogrammet', [
      `Hei ${invitation.name},`,
      '',
      `${who} har invitert deg til Kvalitetskommuneprogrammet som ${roles} for ${where}.`,
      '',
      ...(typeof confirmation === 'object'
        ? [`Stadfest først e-postadressa di med denne koden før ${longDate(confirmation.expiresAt)}:`, confirmation.token, `(I programmet sitt API: POST /email-confirmations/${confirmation.token})`, '']
        : confirmation === 'sent'
          ? ['Stadfest først e-postadressa di med koden vi har sendt deg i ei eiga melding.', '']
          : []),
      'Slik loggar du inn:',
      `1. Opne innloggingssida til programmet og vel «Gløymt passord» med adressa ${invitation.email}.`,
      '2. Skriv inn koden du får på e-post, og vel eit eige passord.',
      '3. Set opp tofaktorinnlogging med ein autentiseringsapp.',
      '',
      'Vi sender ikkje anna e-post til adressa før ho er stadfest. Dette er ei obligatorisk melding om tilgangen din og blir send same kva varslingsval du har.',
      'Kjenner du ikkje til dette, kan du sjå bort frå meldinga.',
    ], correlationId);
  }
  const where = invitation.municipalityName ? `${invitation.municipalityName} kommune` : 'sekretariatet';
  const who = invitation.inviterName ?? (invitation.municipalityName ? `${invitation.municipalityName} kommune` : 'Sekretariatet');
  return letter(INVITATION_TEMPLATE, to, 'nb', 'Du er invitert til Kvalitetskommuneprogrammet', [
    `Hei ${invitation.name},`,
    '',
    `${who} har invitert deg til Kvalitetskommuneprogrammet som ${roles} for ${where}.`,
    '',
    ...(typeof confirmation === 'object'
      ? [`Bekreft først e-postadressen din med denne koden før ${longDate(confirmation.expiresAt)}:`, confirmation.token, `(I programmets API: POST /email-confirmations/${confirmation.token})`, '']
      : confirmation === 'sent'
        ? ['Bekreft først e-postadressen din med koden vi har sendt deg i en egen melding.', '']
        : []),
    'Slik logger du inn:',
    `1. Åpne programmets innloggingsside og velg «Glemt passord» med adressen ${invitation.email}.`,
    '2. Skriv inn koden du får på e-post, og velg ditt eget passord.',
    '3. Sett opp tofaktorinnlogging med en autentiseringsapp.',
    '',
    'Vi sender ikke annen e-post til adressen før den er bekreftet. Dette er en obligatorisk melding om tilgangen din og sendes uansett hvilke varslingsvalg du har.',
    'Kjenner du ikke til dette, kan du se bort fra meldingen.',
  ], correlationId);
}
