/**
 * A whole cohort cycle through HTTP calls and events on the local stack, as the secretariat and
 * the municipalities would walk it: contacts and written standards, a cohort opened with
 * invitations, applications (complete, draft, incomplete, duplicate, withdrawn, too late),
 * decisions with letters, a network, the calendar, and the overview checked against numbers
 * counted by hand from the shipped SSB register.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { useTestStack } from '../support/local-stack.ts';
import type { StoredMail } from '../../local/mail-sink.ts';
import { apiClient } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { personToken, staffToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;
const applications: Record<string, string> = {};

const leaders = {
  '1721': { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' },
  '1431': { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' },
  '1719': { name: 'Lise Levanger', email: 'prosjekt@levanger.kommune.no' },
  '0101': { name: 'Hans Halden', email: 'prosjekt@halden.kommune.no' },
} as const;

let advisorId: string;

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  const advisor = await staffToken(stack, { role: 'advisor', name: 'Vera Veileder', email: 'vera.veileder@ks.no' });
  tokens.advisor = advisor.token;
  advisorId = advisor.personId;
  for (const number of ['1721', '1431', '1719', '0101', '1702']) tokens[number] = await personToken(stack, { municipality: number });
});



/** Mail sent since a mark, once the pipeline is quiet. */
async function mailSince(mark: number): Promise<StoredMail[]> {
  await stack.settled();
  return (await stack.mail.list()).slice(mark);
}
const mailCount = async () => (await stack.mail.list()).length;
const brief = (mail: StoredMail[]) => mail.map((m) => `${m.to.replace(/^.*<|>$/g, '')} [${m.language}] ${m.subject}`).sort();

describe('the register', () => {
  it('lists the 431 municipalities of 2007 and the 430 of 2008, with their source', async () => {
    const in2007 = await api('/municipalities?validOn=2007-06-01&limit=500', { token: tokens['1721'] });
    expect(in2007.json.municipalities).toHaveLength(431);
    expect(in2007.json.source).toBe('Kilde: Statistisk sentralbyrå');
    expect((await api('/municipalities?validOn=2008-06-01&limit=500', { token: tokens['1721'] })).json.municipalities).toHaveLength(430);
    expect((await api('/municipalities?validOn=2007-06-01&county=17', { token: tokens['1721'] })).json.municipalities).toHaveLength(24);
  });

  it('pages: 100 by default, at most 500, following nextCursor to the end', async () => {
    const numbers: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await api(`/municipalities${cursor ? `?cursor=${cursor}` : ''}`, { token: tokens['1721'] });
      expect(response.json.municipalities.length).toBeLessThanOrEqual(100);
      numbers.push(...response.json.municipalities.map((m: { number: string }) => m.number));
      cursor = response.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(numbers).size).toBe(432);
    const tooMany = await api('/municipalities?limit=1000', { token: tokens['1721'] });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.errors).toEqual([expect.objectContaining({ pointer: '/query/limit' })]);
    expect((await api('/municipalities?cursor=not%20a%20cursor', { token: tokens['1721'] })).status).toBe(422);
    // In the cursor's alphabet, but not one the API gave: refused too, not read as the first page.
    expect((await api('/municipalities?cursor=not-a-cursor', { token: tokens['1721'] })).status).toBe(422);
  });

  it('lets a municipality set its own written standard and contact, and not another’s', async () => {
    const own = await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk', contactEmail: 'postmottak@jolster.kommune.no' } });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ number: '1431', name: 'Jølster', writtenStandard: 'nynorsk', contactEmail: 'postmottak@jolster.kommune.no' });
    // An address the municipality types itself gets only a confirmation code until its owner confirms it (test/e2e/email-confirmation.test.ts).
    await confirmEmail(stack, api, 'postmottak@jolster.kommune.no');
    expect((await api('/municipalities/0101', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } })).status).toBe(404);
    expect((await api('/municipalities/0101', { token: tokens['1431'] })).status).toBe(404);
  });

  it('lets the secretariat record contacts', async () => {
    for (const [number, email] of [['0101', 'postmottak@halden.kommune.no'], ['1721', 'postmottak@verdal.kommune.no']]) {
      expect((await api(`/municipalities/${number}`, { method: 'PATCH', token: tokens.secretariat, body: { contactEmail: email } })).status).toBe(200);
    }
    expect((await api('/municipalities/0101', { method: 'PATCH', token: tokens.secretariat, body: {} })).status).toBe(422);
  });
});

describe('a cohort is created and opened', () => {
  it('starts as a draft; an illegal transition is a 409 problem', async () => {
    const created = await api('/cohorts', {
      method: 'POST',
      token: tokens.secretariat,
      body: { name: 'Pulje I', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 3 },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'draft', endDate: '2010-04-01' });
    cohortId = created.json.id;
    const illegal = await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'start' } });
    expect(illegal.status).toBe(409);
    expect(illegal.headers.get('content-type')).toBe('application/problem+json');
    expect(illegal.json.detail).toBe('A cohort can be started only when it is closed; this one is draft');
    expect((await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens['1721'], body: { action: 'open' } })).status).toBe(403);
  });

  it('refuses applications to a draft cohort', async () => {
    const response = await api('/applications', { method: 'POST', token: tokens['1721'], body: { ...completeApplication(), cohortId } });
    expect(response.status).toBe(409);
  });

  it('opening invites every municipality not yet participating that has a contact, in its standard, and tells the secretariat', async () => {
    const mark = await mailCount();
    const opened = await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } });
    expect(opened.json.status).toBe('open');
    await eventually(async () => ((await stack.mail.list()).length - mark >= 4 ? true : undefined), 20_000, 'invitations');
    expect(brief(await mailSince(mark))).toEqual([
      'postmottak@halden.kommune.no [nb] Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (Pulje I)',
      'postmottak@jolster.kommune.no [nn] Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (Pulje I)',
      'postmottak@verdal.kommune.no [nb] Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (Pulje I)',
      // 431 municipalities existed on 2007-04-01; 3 have a contact address.
      'sekretariatet@kvalitetskommune.local [nb] Invitasjoner til Pulje I: 3 sendt, 428 uten kontaktadresse',
    ]);
  });
});

describe('municipalities apply', () => {
  it('Verdal submits a complete application', async () => {
    const response = await api('/applications', { method: 'POST', token: tokens['1721'], body: { ...completeApplication({ projectLeader: leaders['1721'] }), cohortId } });
    expect(response.status).toBe(201);
    applications['1721'] = response.json.id;
    // Each project leader's address is typed by its municipality: its owner confirms it, and the receipt goes out.
    await confirmEmail(stack, api, leaders['1721'].email);
  });

  it('Jølster drafts, is told what is missing, completes and submits', async () => {
    const draft = await api('/applications/drafts', { method: 'POST', token: tokens['1431'], body: { cohortId, projectLeader: leaders['1431'], focusAreas: ['childhood-education'] } });
    expect(draft.status).toBe(201);
    applications['1431'] = draft.json.id;
    await confirmEmail(stack, api, leaders['1431'].email);
    const early = await api(`/applications/${draft.json.id}/submission`, { method: 'POST', token: tokens['1431'] });
    expect(early.status).toBe(422);
    expect(early.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/approach', '/sickLeaveTarget', '/steeringGroup', '/politicalDecision']);
    const { projectLeader: _p, focusAreas: _f, ...rest } = completeApplication();
    expect((await api(`/applications/${draft.json.id}`, { method: 'PATCH', token: tokens['1431'], body: rest })).status).toBe(200);
    const submitted = await api(`/applications/${draft.json.id}/submission`, { method: 'POST', token: tokens['1431'] });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted', focusAreas: ['childhood-education'] });
  });

  it('Levanger submits, and a second application from it is a 409', async () => {
    const body = { ...completeApplication({ projectLeader: leaders['1719'] }), cohortId };
    const first = await api('/applications', { method: 'POST', token: tokens['1719'], body });
    expect(first.status).toBe(201);
    applications['1719'] = first.json.id;
    await confirmEmail(stack, api, leaders['1719'].email);
    const duplicate = await api('/applications', { method: 'POST', token: tokens['1719'], body });
    expect(duplicate.status).toBe(409);
    expect((await api('/applications/drafts', { method: 'POST', token: tokens['1719'], body: { cohortId } })).status).toBe(409);
  });

  it('Halden submits and withdraws before the decision', async () => {
    const submitted = await api('/applications', { method: 'POST', token: tokens['0101'], body: { ...completeApplication({ projectLeader: leaders['0101'] }), cohortId } });
    applications['0101'] = submitted.json.id;
    await confirmEmail(stack, api, leaders['0101'].email);
    const withdrawn = await api(`/applications/${submitted.json.id}/withdrawal`, { method: 'POST', token: tokens['0101'] });
    expect(withdrawn.json.status).toBe('withdrawn');
  });

  it('Steinkjer’s incomplete application is refused with every missing element named, and nothing is stored', async () => {
    const response = await api('/applications', { method: 'POST', token: tokens['1702'], body: { cohortId, focusAreas: ['care'], steeringGroup: [{ name: 'A', role: 'management', title: 'Rådmann' }] } });
    expect(response.status).toBe(422);
    expect(response.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/projectLeader', '/approach', '/sickLeaveTarget', '/steeringGroup', '/politicalDecision']);
    expect((await api('/applications', { token: tokens['1702'] })).json.applications).toEqual([]);
  });

  it('each project leader got a receipt, the secretariat a notice each', async () => {
    const mail = await eventually(async () => {
      const all = await stack.mail.list();
      return all.filter((m) => m.subject.startsWith('Ny søknad:')).length === 4 && all.filter((m) => /^(Bekreftelse|Stadfesting)/.test(m.subject)).length === 4 ? all : undefined;
    }, 20_000, 'four receipts and four notices');
    for (const number of ['1721', '1431', '1719', '0101'] as const) {
      expect(mail.filter((m) => m.to.includes(leaders[number].email) && /^(Bekreftelse|Stadfesting)/.test(m.subject))).toHaveLength(1);
    }
    expect(mail.filter((m) => m.subject.startsWith('Ny søknad:'))).toHaveLength(4);
    expect(mail.find((m) => m.to.includes(leaders['1431'].email))?.language).toBe('nn');
  });

  it('the secretariat lists the cohort’s applications by status', async () => {
    const list = await api(`/applications?cohortId=${cohortId}`, { token: tokens.secretariat });
    expect(list.json.countsByStatus).toEqual({ submitted: 3, withdrawn: 1 });
    const submitted = await api(`/applications?cohortId=${cohortId}&status=submitted`, { token: tokens.secretariat });
    expect(submitted.json.applications.map((a: { municipalityNumber: string }) => a.municipalityNumber)).toEqual(['1431', '1719', '1721']);
    // An advisor sees the municipalities of the networks it advises: none yet.
    expect((await api(`/applications?cohortId=${cohortId}`, { token: tokens.advisor })).json).toMatchObject({ applications: [], countsByStatus: {} });
  });

  it('closing the cohort stops new applications', async () => {
    expect((await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'close' } })).json.status).toBe('closed');
    const late = await api('/applications', { method: 'POST', token: tokens['1702'], body: { ...completeApplication(), cohortId } });
    expect(late.status).toBe(409);
    expect(late.json.detail).toMatch(/not open/);
  });
});

describe('decisions', () => {
  it('admits Verdal and Jølster, rejects Levanger, and sends each a letter in its standard', async () => {
    const mark = await mailCount();
    const decide = (number: string, outcome: string, reason: string) =>
      api(`/applications/${applications[number]}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome, reason, decidedOn: '2007-03-30' } });
    expect((await decide('1721', 'admitted', 'Tydelige mål og god forankring.')).json.status).toBe('admitted');
    expect((await decide('1431', 'admitted', 'Tydelege mål.')).json.status).toBe('admitted');
    expect((await decide('1719', 'rejected', 'Mangler forankring hos de tillitsvalgte.')).json.status).toBe('rejected');
    expect((await decide('0101', 'admitted', 'Trukket.')).status).toBe(409);
    expect((await api(`/applications/${applications['1721']}/decision`, { method: 'POST', token: tokens['1721'], body: { outcome: 'admitted', reason: 'Selv' } })).status).toBe(403);
    await eventually(async () => ((await stack.mail.list()).length - mark >= 5 ? true : undefined), 20_000, 'decision letters and invitations');
    // Admission makes the application's project leader a person of the municipality: an invitation
    // follows the letter (the rejected Levanger gets none).
    expect(brief(await mailSince(mark))).toEqual([
      'prosjekt@jolster.kommune.no [nn] Du er invitert til Kvalitetskommuneprogrammet',
      'prosjekt@jolster.kommune.no [nn] Vedtak: Jølster kommune er teken opp i Pulje I',
      'prosjekt@levanger.kommune.no [nb] Vedtak: søknaden fra Levanger kommune er avslått',
      'prosjekt@verdal.kommune.no [nb] Du er invitert til Kvalitetskommuneprogrammet',
      'prosjekt@verdal.kommune.no [nb] Vedtak: Verdal kommune er tatt opp i Pulje I',
    ]);
  });
});

describe('networks and the calendar', () => {
  let networkId: string;

  it('forms a network of participants only; its project leaders and advisor learn who is in it', async () => {
    const mark = await mailCount();
    const advisor = advisorId;
    const refused = await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Midt', advisorId: advisor, members: ['1721', '1719'] } });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([{ pointer: '/members/1', detail: 'Municipality 1719 is not a participant of this cohort' }]);
    const formed = await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Midt', advisorId: advisor, members: ['1721'] } });
    expect(formed.status).toBe(201);
    networkId = formed.json.id;
    const assigned = await api(`/cohorts/${cohortId}/networks/${networkId}/members`, { method: 'POST', token: tokens.secretariat, body: { municipalityNumber: '1431' } });
    expect(assigned.json.members.map((m: { municipalityName: string }) => m.municipalityName)).toEqual(['Verdal', 'Jølster']);
    expect((await api(`/cohorts/${cohortId}/networks/${networkId}/members`, { method: 'POST', token: tokens.secretariat, body: { municipalityNumber: '1431' } })).status).toBe(409);
    // The advisor now sees Verdal and Jølster, the network's members, and nothing of the others.
    const seen = await api(`/applications?cohortId=${cohortId}`, { token: tokens.advisor });
    expect(seen.json.applications.map((a: { municipalityNumber: string }) => a.municipalityNumber).sort()).toEqual(['1431', '1721']);
    const levanger = (await api(`/applications?cohortId=${cohortId}`, { token: tokens.secretariat })).json.applications.find((a: { municipalityNumber: string }) => a.municipalityNumber === '1719');
    expect((await api(`/applications/${levanger.id}`, { token: tokens.advisor })).status).toBe(404);
    const outside = await api('/municipalities/1719/absence-figures', { token: tokens.advisor });
    expect(outside.status).toBe(404);
    expect(outside.json.detail).toBe('No municipality 1719 for this caller');
    expect((await api('/municipalities/1721/absence-figures', { token: tokens.advisor })).status).toBe(200);
    // An advisor of no network sees neither the network nor its members.
    const stranger = (await staffToken(stack, { role: 'advisor', name: 'Ola Utenfor' })).token;
    expect((await api(`/cohorts/${cohortId}/networks/${networkId}`, { token: stranger })).status).toBe(404);
    expect((await api(`/cohorts/${cohortId}/networks`, { token: stranger })).json.networks).toEqual([]);
    expect((await api('/municipalities/1721/absence-figures', { token: stranger })).status).toBe(404);
    await eventually(async () => ((await stack.mail.list()).length - mark >= 5 ? true : undefined), 20_000, 'network emails');
    // NetworkFormed: Verdal + advisor; MunicipalityAssignedToNetwork: Verdal, Jølster + advisor.
    expect(brief(await mailSince(mark))).toEqual([
      'prosjekt@jolster.kommune.no [nn] Nettverket ditt: Nettverk Midt (Pulje I)',
      'prosjekt@verdal.kommune.no [nb] Nettverket ditt: Nettverk Midt (Pulje I)',
      'prosjekt@verdal.kommune.no [nb] Nettverket ditt: Nettverk Midt (Pulje I)',
      'vera.veileder@ks.no [nb] Nettverket ditt: Nettverk Midt (Pulje I)',
      'vera.veileder@ks.no [nb] Nettverket ditt: Nettverk Midt (Pulje I)',
    ]);
    const latest = (await stack.mail.list()).filter((m) => m.to.includes('prosjekt@jolster')).at(-1)!;
    const text = (await stack.mail.read(latest.file)).text;
    expect(text).toContain('- Verdal (1721)\n- Jølster (1431)');
    expect(text).toContain('Rettleiar: Vera Veileder <vera.veileder@ks.no>');
  });

  it('tells the participants of a new gathering, of what changed and of its cancellation, in their written standard', async () => {
    const mark = await mailCount();
    const body = { kind: 'kickoff', title: 'Oppstartsamling', hosts: { cohortIds: [cohortId] }, when: { month: '2007-04' }, venue: { name: 'Trondheim' } };
    const scheduled = await api('/gatherings', { method: 'POST', token: tokens.secretariat, body });
    expect(scheduled.status).toBe(201);
    expect(scheduled.headers.get('location')).toBe(`/gatherings/${scheduled.json.id}`);
    const moved = await api(`/gatherings/${scheduled.json.id}`, {
      method: 'PUT',
      token: tokens.secretariat,
      body: { ...body, when: { from: '2007-04-25', to: '2007-04-26', startTime: '10:00', endTime: '15:00' }, venue: { name: 'Quality Hotel Stjørdal' } },
    });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ sequence: 1, status: 'scheduled' });
    await eventually(async () => ((await stack.mail.list()).length - mark >= 4 ? true : undefined), 20_000, 'gathering emails');
    expect(brief(await mailSince(mark))).toEqual([
      'prosjekt@jolster.kommune.no [nn] Dato fastsett: Oppstartsamling (Pulje I)',
      'prosjekt@jolster.kommune.no [nn] Ny samling: Oppstartsamling (Pulje I)',
      'prosjekt@verdal.kommune.no [nb] Dato fastsatt: Oppstartsamling (Pulje I)',
      'prosjekt@verdal.kommune.no [nb] Ny samling: Oppstartsamling (Pulje I)',
    ]);
    const fixedLetter = (await stack.mail.list()).filter((m) => m.to.includes('prosjekt@verdal') && m.subject.startsWith('Dato fastsatt')).at(-1)!;
    expect((await stack.mail.read(fixedLetter.file)).text).toContain('- datoen er fastsatt: april 2007 (datoen er ikke fastsatt ennå) → 25. april 2007 kl. 10:00 – 26. april 2007 kl. 15:00');
    const calendar = await api(`/gatherings?cohortId=${cohortId}`, { token: tokens['1721'] });
    expect(calendar.json.gatherings).toEqual([expect.objectContaining({ when: { from: '2007-04-25', to: '2007-04-26', startTime: '10:00', endTime: '15:00' }, venue: { name: 'Quality Hotel Stjørdal' } })]);

    const beforeCancel = await mailCount();
    const cancelled = await api(`/gatherings/${scheduled.json.id}/cancellation`, { method: 'POST', token: tokens.secretariat, body: { reason: 'Flyttes til høsten.' } });
    expect(cancelled.json).toMatchObject({ status: 'cancelled', sequence: 2 });
    await eventually(async () => ((await stack.mail.list()).length - beforeCancel >= 2 ? true : undefined), 20_000, 'cancellation emails');
    expect(brief(await mailSince(beforeCancel))).toEqual(['prosjekt@jolster.kommune.no [nn] Avlyst: Oppstartsamling (Pulje I)', 'prosjekt@verdal.kommune.no [nb] Avlyst: Oppstartsamling (Pulje I)']);
    expect((await api(`/gatherings/${scheduled.json.id}`, { method: 'PUT', token: tokens.secretariat, body })).status).toBe(409);
    // Still in the calendar, cancelled.
    expect((await api(`/gatherings?cohortId=${cohortId}`, { token: tokens['1721'] })).json.gatherings).toEqual([expect.objectContaining({ status: 'cancelled' })]);
  });

  it('refuses a gathering for a cohort that does not exist, or ending before it starts, naming the field', async () => {
    const body = { kind: 'kickoff', title: 'Oppstart', hosts: { cohortIds: [cohortId, '00000000-0000-4000-8000-00000000dead'] }, when: { from: '2007-05-02', to: '2007-05-02' }, venue: { name: 'Trondheim' } };
    const unknown = await api('/gatherings', { method: 'POST', token: tokens.secretariat, body });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([expect.objectContaining({ pointer: '/hosts/cohortIds/1' })]);
    const backwards = await api('/gatherings', { method: 'POST', token: tokens.secretariat, body: { ...body, hosts: { cohortIds: [cohortId] }, when: { from: '2007-05-02', to: '2007-05-01' } } });
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([expect.objectContaining({ pointer: '/when/to' })]);
  });
});

describe('the overview', () => {
  it('counts nobody before the steering group’s decision day', async () => {
    expect((await api('/overview?date=2007-03-29', { token: tokens.secretariat })).json.programmeGoal).toMatchObject({ municipalities: 431, participants: 0, missing: 216 });
  });

  it('counts participation against "more than half of the municipalities existing at the time"', async () => {
    const overview = await api('/overview?date=2007-12-31', { token: tokens.secretariat });
    expect(overview.status).toBe(200);
    // 431 municipalities existed on 2007-12-31; more than half is 216; 2 participate.
    expect(overview.json.programmeGoal).toEqual({ date: '2007-12-31', municipalities: 431, participants: 2, share: 0.0046, goalMet: false, missing: 214 });
    expect(overview.json.byCohort).toEqual([
      { cohortId, name: 'Pulje I', status: 'closed', admitted: 2, applicationsByStatus: { admitted: 2, rejected: 1, withdrawn: 1 } },
    ]);
    const counties = Object.fromEntries(overview.json.byCounty.map((c: { countyNumber: string }) => [c.countyNumber, c]));
    expect(counties['17']).toEqual({ countyNumber: '17', countyName: 'Nord-Trøndelag', municipalities: 24, participants: 1, share: 0.0417 });
    expect(counties['14']).toEqual({ countyNumber: '14', countyName: 'Sogn og Fjordane', municipalities: 26, participants: 1, share: 0.0385 });
    expect(overview.json.byCounty.reduce((sum: number, c: { municipalities: number }) => sum + c.municipalities, 0)).toBe(431);
    expect(overview.json.byNetwork).toEqual([expect.objectContaining({ name: 'Nettverk Midt', advisor: 'Vera Veileder', members: 2 })]);
  });

  it('after the 2008 merger counts 430 municipalities', async () => {
    const overview = await api('/overview?date=2008-06-30', { token: tokens.advisor });
    expect(overview.json.programmeGoal).toMatchObject({ municipalities: 430, participants: 2, missing: 214 });
  });

  it('is for the secretariat and advisors only', async () => {
    expect((await api('/overview', { token: tokens['1721'] })).status).toBe(403);
  });

  it('refuses a day that does not exist (2007-02-30) with 422 naming the query parameter', async () => {
    const response = await api('/overview?date=2007-02-30', { token: tokens.secretariat });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([expect.objectContaining({ pointer: '/query/date' })]);
  });

  it('shows a municipality its participation history', async () => {
    const verdal = await api('/municipalities/1721', { token: tokens['1721'] });
    expect(verdal.json.participation).toEqual([expect.objectContaining({ cohortId, cohortName: 'Pulje I', applicationId: applications['1721'] })]);
    expect(verdal.json.participation[0].networkName).toBe('Nettverk Midt');
    expect((await api('/municipalities/1719', { token: tokens.secretariat })).json.participation).toEqual([]);
  });
});

describe('the cohort runs to its end', () => {
  it('starts and completes, and cannot be reopened', async () => {
    const transition = (action: string) => api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action } });
    expect((await transition('start')).json.status).toBe('started');
    expect((await transition('complete')).json.status).toBe('completed');
    expect((await transition('open')).status).toBe(409);
    expect(stack.deadLetters.list()).toEqual([]);
  });
});
