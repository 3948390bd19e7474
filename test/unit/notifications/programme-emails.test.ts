import { describe, expect, it } from 'vitest';
import { cohortInvitation, decisionLetter, gatheringNotice, invitationSummary, networkComposition } from '../../../shared/notifications/programme-emails.ts';

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
    expect(decisionLetter(decision, 'nn').text).toContain('Grunngjeving: Godt forankra.');
    expect(decisionLetter({ ...decision, outcome: 'rejected' }, 'nb')).toMatchObject({ subject: 'Vedtak: søknaden fra Jølster kommune er avslått' });
    expect(decisionLetter({ ...decision, outcome: 'rejected' }, 'nb').text).toContain('Begrunnelse: Godt forankra.');
  });

  const gathering = { id: 'g1', kind: 'learning-seminar' as const, title: 'Læringsseminar 1', date: '2008-03-05', location: 'Trondheim', updatedAt: '2008-01-01T00:00:00.000Z' };

  it('announces a new gathering and lists what changed in a moved one', () => {
    expect(gatheringNotice('Pulje II', gathering, undefined, to, 'nb').subject).toBe('Ny samling: Læringsseminar 1 (Pulje II)');
    const moved = gatheringNotice('Pulje II', { ...gathering, date: '2008-03-12', location: 'Stjørdal' }, gathering, to, 'nn');
    expect(moved.subject).toBe('Endra samling: Læringsseminar 1 (Pulje II)');
    expect(moved.text).toContain('- Dato: 5. mars 2008 → 12. mars 2008');
    expect(moved.text).toContain('- Stad: Trondheim → Stjørdal');
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
