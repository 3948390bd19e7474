/**
 * The README's walk-through ("Try it"), and the figures and reports after it, as a municipal
 * system or the secretariat would write it with a client generated from docs/openapi.json:
 * openapi-typescript types (./openapi.ts) and openapi-fetch. Type-checked on its own
 * (test/client/tsconfig.json, by test/unit/client-types.test.ts): what the document does not
 * declare — a header, a media type, a status, a route behind a Location — does not compile.
 * test/e2e/contract.test.ts runs it against the local stack through the contract recorder.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from './openapi.ts';

export interface WalkThroughCallers {
  readonly secretariat: string;
  /** The municipality that applies (Verdal in the README). */
  readonly applicant: string;
  readonly applicantNumber: string;
  /** The municipality that starts a draft (Jølster). */
  readonly draftee: string;
  readonly drafteeNumber: string;
  /** Another municipality, which must not see the application (Levanger). */
  readonly stranger: string;
  /** The advisor (a person of the secretariat) who follows the applicant's network. */
  readonly advisorId: string;
  /** The code an address received by email, as its owner reads it. */
  readonly confirmationCode: (address: string) => Promise<string>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined) throw new Error(`${what} answered ${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Runs the walk-through; answers the statuses the README shows as refusals. */
export async function readmeWalkThrough(client: Client<paths>, callers: WalkThroughCallers) {
  const { secretariat, applicant, draftee, stranger } = callers;

  // A municipality sets its written standard and post address (for invitations).
  ok(await client.PATCH('/municipalities/{number}', { params: { path: { number: callers.drafteeNumber } }, headers: bearer(draftee), body: { writtenStandard: 'nynorsk', contactEmail: 'postmottak@jolster.kommune.no' } }), 'setting the written standard');

  // The secretariat creates a cohort (pulje) and opens it.
  const cohort = ok(
    await client.POST('/cohorts', {
      headers: bearer(secretariat),
      params: { header: { 'Idempotency-Key': 'readme-pulje-i-0001' } },
      body: { name: 'Pulje I', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 3 },
    }),
    'creating the cohort',
  );
  ok(await client.POST('/cohorts/{cohortId}/transitions', { params: { path: { cohortId: cohort.id } }, headers: bearer(secretariat), body: { action: 'open' } }), 'opening the cohort');

  // A municipality applies, with everything the programme makes mandatory.
  const leader = { name: 'Kari Nordmann', email: `kari.nordmann@kommune-${callers.applicantNumber}.no` };
  const application = ok(
    await client.POST('/applications', {
      headers: bearer(applicant),
      params: { header: { 'Idempotency-Key': `readme-soknad-${callers.applicantNumber}` } },
      body: {
        cohortId: cohort.id,
        projectLeader: leader,
        focusAreas: ['care', 'childhood-education'],
        approach: 'Heltidskultur og nærværsarbeid i pleie og omsorg, sammen med de tillitsvalgte.',
        sickLeaveTarget: { baselineYear: 2006, baselinePercentage: 9.8, targetPercentage: 8.0, targetDate: '2009-12-31' },
        steeringGroup: [
          { name: 'Bjørn Iversen', role: 'elected-official', title: 'Ordfører' },
          { name: 'Anne Rådmann', role: 'management', title: 'Rådmann' },
          { name: 'Per Olsen', role: 'union-representative', title: 'Hovedtillitsvalgt' },
        ],
        politicalDecision: { decidedBy: 'Kommunestyret', date: '2007-02-26', caseReference: 'PS 12/07' },
      },
    }),
    'applying',
  );

  // Another municipality starts a draft; submitting it early names every missing element (422).
  const draft = ok(await client.POST('/applications/drafts', { headers: bearer(draftee), body: { cohortId: cohort.id, focusAreas: ['childhood-education'] } }), 'saving the draft');
  const early = await client.POST('/applications/{id}/submission', { params: { path: { id: draft.id } }, headers: bearer(draftee) });
  const earlyProblem = early.error;
  // A 401 is the gateway's own body ({ message }); a 422 is a problem naming the fields.
  if (early.response.status === 422 && earlyProblem && !('errors' in earlyProblem && earlyProblem.errors?.length)) throw new Error('The early submission named no missing element');

  // The secretariat records the steering group's decision; a letter follows.
  ok(await client.POST('/applications/{id}/decision', { params: { path: { id: application.id } }, headers: bearer(secretariat), body: { outcome: 'admitted', reason: 'Tydelige mål og god forankring.', decidedOn: '2007-03-30' } }), 'deciding');

  // The project leader's address was typed: she confirms it with the code she received.
  const code = await callers.confirmationCode(leader.email);
  ok(await client.POST('/email-confirmations/{token}', { params: { path: { token: code } } }), 'confirming the address');

  // Networks, the calendar, the overview.
  const network = ok(
    await client.POST('/cohorts/{cohortId}/networks', { params: { path: { cohortId: cohort.id } }, headers: bearer(secretariat), body: { name: 'Nettverk Midt', advisorId: callers.advisorId, members: [callers.applicantNumber] } }),
    'forming the network',
  );
  const gathering = ok(
    await client.POST('/gatherings', {
      headers: bearer(secretariat),
      body: { kind: 'kickoff', title: 'Oppstartsamling', hosts: { cohortIds: [cohort.id] }, when: { from: '2007-04-18', to: '2007-04-19', startTime: '10:00', endTime: '15:00' }, venue: { name: 'Scandic Nidelven', address: 'Trondheim' } },
    }),
    'scheduling the gathering',
  );
  const overview = ok(await client.GET('/overview', { params: { query: { date: '2007-12-31' } }, headers: bearer(secretariat) }), 'reading the overview');
  const goalMet: boolean = overview.programmeGoal.goalMet;
  ok(await client.GET('/applications', { params: { query: { cohortId: cohort.id } }, headers: bearer(secretariat) }), 'listing applications');

  // Another municipality may not see the application: 404.
  const foreign = await client.GET('/applications/{id}', { params: { path: { id: application.id } }, headers: bearer(stranger) });

  // The municipality uploads its sick-leave figures, as JSON and as the CSV its payroll system exports.
  ok(await client.POST('/municipalities/{number}/absence-figures', { params: { path: { number: callers.applicantNumber } }, headers: bearer(applicant), body: { rows: [{ period: '2007Q1', lostDays: 90, agreedDays: 1000 }] } }), 'uploading figures');
  const csv = 'period,lostDays,agreedDays\n2007Q2,85,1000\n';
  ok(
    await client.POST('/municipalities/{number}/absence-figures', {
      params: { path: { number: callers.applicantNumber }, header: { 'Idempotency-Key': `readme-csv-${callers.applicantNumber}` } },
      headers: { ...bearer(applicant), 'content-type': 'text/csv' },
      body: csv,
      bodySerializer: (body) => (typeof body === 'string' ? body : JSON.stringify(body)),
    }),
    'uploading figures as CSV',
  );
  const series = ok(await client.GET('/municipalities/{number}/absence-figures', { params: { path: { number: callers.applicantNumber } }, headers: bearer(applicant) }), 'reading the figures');

  // Its reports: the plan the cohort's start made, one submitted.
  const reports = ok(await client.GET('/reports', { params: { query: { cohortId: cohort.id } }, headers: bearer(applicant) }), 'listing reports');
  const first = reports.reports[0];
  if (first) ok(await client.POST('/reports/{id}/submission', { params: { path: { id: first.id } }, headers: bearer(applicant), body: { summary: 'Delprosjekter og organisering av arbeidet.' } }), 'submitting a report');

  ok(await client.GET('/openapi.json'), 'reading the document');

  // The network and the gathering read back where their Location headers point.
  ok(await client.GET('/cohorts/{cohortId}/networks/{networkId}', { params: { path: { cohortId: cohort.id, networkId: network.id } }, headers: bearer(secretariat) }), 'reading the network back');
  ok(await client.GET('/gatherings/{gatheringId}', { params: { path: { gatheringId: gathering.id } }, headers: bearer(secretariat) }), 'reading the gathering back');

  return { earlySubmission: early.response.status, stranger: foreign.response.status, goalMet, quarters: series.figures.length };
}
