/**
 * The same Idempotency-Key sent several times at once has its effects once, on every POST route
 * of the routing table: RACERS identical requests in flight together answer one 2xx, and every
 * other answer is that same status and body (a replay) or 409 idempotency-key-in-progress with
 * Retry-After; a later repeat replays the answer; the route's effect (its domain event, the item
 * it creates, the letters it redrives) happened once. Several rounds where a round is cheap.
 * Typed over every POST function: a new POST route fails the type check until it has a case.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import type { EventType } from '../../shared/event-catalogue.ts';
import { httpRoutes, type PostFunction } from '../../shared/routing.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { recordPublished } from '../support/published.ts';
import { confirmationCodeFor } from '../support/email-confirmation.ts';
import { bodies, ids, jointApplication } from '../support/route-examples.ts';
import { personToken, staffToken } from '../support/people.ts';
import { signAll, signatoryToken } from '../support/signatures.ts';
import { issueUnsubscribeToken } from '../support/mail-preferences.ts';
import { MailPreferencesRepository } from '../../shared/notifications/mail-preferences-repository.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { startReceiver } from '../support/webhook-receiver.ts';
import { storeGathering } from '../support/gatherings.ts';

const RACERS = 6;
const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
/** Every event put on the bus during the file, as the outbox published it. */
const published: { type: string; data: Record<string, unknown> }[] = [];
let cohortId: string;
let networkId: string;
/** What the racers were answered, over the file: proof that the requests did overlap. */
const tally = { rounds: 0, inProgress: 0, replayed: 0 };

/** Municipalities that existed in 2007, one per round that needs its own applicant. */
const POOL = ['1702', '1703', '1711', '1714', '1717', '1718', '1724', '1725', '1736', '1738', '1601', '1612', '1617', '1620', '1621', '1622', '1624', '1627', '1630', '1634', '1635', '1636', '1638', '1640', '1644', '1648', '1653', '1657', '1663', '1664', '1804', '1805', '1811', '1812', '1813', '1815', '1816', '1818', '1820', '1822', '1824', '1825', '1826', '1827', '1828', '1832'];
let unique = 0;
const nextTag = () => `${Date.now().toString(36)}-${++unique}`;

async function municipality(): Promise<{ number: string; token: string; email: string }> {
  const number = POOL.shift();
  if (!number) throw new Error('The municipality pool is used up: add numbers that existed in 2007');
  return { number, token: await personToken(stack, { municipality: number }), email: `pl-${number}@kommune.no` };
}

const post = (path: string, token: string, body?: unknown) => api(path, { method: 'POST', token, ...(body !== undefined ? { body } : {}) });

function expectStatus(response: ApiResponse, status: number, what: string) {
  expect(response.status, `${what}: ${JSON.stringify(response.json)}`).toBe(status);
  return response;
}

async function submittedApplication() {
  const applicant = await municipality();
  const application = expectStatus(await post('/applications', applicant.token, { ...completeApplication({ projectLeader: { name: 'Kari', email: applicant.email } }), cohortId }), 201, 'applying');
  return { ...applicant, applicationId: application.json.id as string };
}

async function admittedParticipant() {
  const applicant = await submittedApplication();
  expectStatus(await post(`/applications/${applicant.applicationId}/decision`, tokens.secretariat!, { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' }), 200, 'admitting');
  await stack.settled();
  const reports = (await api(`/reports?cohortId=${cohortId}`, { token: applicant.token })).json.reports as { id: string; type: string }[];
  const plan = reports.find((r) => r.type === 'project-plan');
  if (!plan) throw new Error(`No project plan was scheduled for ${applicant.number}`);
  return { ...applicant, reportId: plan.id };
}

/** One admitted participant for the sign-up races (admitting is slow: once). */
let signedUp: Promise<{ number: string }> | undefined;
const signUpParticipant = () => (signedUp ??= admittedParticipant());

/** One admitted participant for the grant races, and a grant of it at a given step (applied, decided, paid). */
let granting: Promise<{ number: string; token: string }> | undefined;
async function grantAt(step: 'applied' | 'decided' | 'paid') {
  const participant = await (granting ??= admittedParticipant());
  const grant = expectStatus(await post('/grants', participant.token, { cohortId, purpose: `Kappløp ${nextTag()}`, amountRequested: 100_000, year: 2007 }), 201, 'applying for a grant');
  const grantId = grant.json.id as string;
  if (step !== 'applied') expectStatus(await post(`/grants/${grantId}/decision`, tokens.secretariat!, { granted: 80_000 }), 200, 'deciding the grant');
  if (step === 'paid') expectStatus(await post(`/grants/${grantId}/payment`, tokens.secretariat!, { paidOn: '2007-06-01' }), 200, 'paying the grant');
  return { ...participant, grantId, purpose: grant.json.purpose as string };
}

/** One admitted participant for the project races: its project is its application's. */
let projecting: Promise<{ number: string; token: string; applicationId: string }> | undefined;
async function projectOfParticipant() {
  const participant = await (projecting ??= admittedParticipant());
  return { ...participant, projectId: participant.applicationId };
}
async function goalOfParticipant() {
  const { projectId, token } = await projectOfParticipant();
  const goal = expectStatus(
    await post(`/projects/${projectId}/goals`, token, { name: `Mål ${nextTag()}`, unit: '%', direction: 'lower-is-better', baseline: { value: 10, date: '2007-01-01' }, target: { value: 8, date: '2009-01-01' } }),
    201,
    'adding a goal',
  );
  return { projectId, token, goalId: goal.json.id as string };
}

/** A notification whose every delivery failed (and so a dead letter of deliverNotification). */
async function failedNotification() {
  stack.aws.failNextEmails = 1_000;
  try {
    const applicant = await submittedApplication();
    return await eventually(async () => {
      if (!stack.deadLetters.list().some((l) => l.target === 'deliverNotification')) return undefined;
      const failed = (await api('/notifications?status=failed', { token: tokens.secretariat })).json.notifications as { id: string; to?: string; recipient?: string }[];
      const mine = failed.find((n) => JSON.stringify(n).includes(applicant.email));
      return mine ? { id: mine.id, email: applicant.email } : undefined;
    }, 30_000, 'a failed notification');
  } finally {
    stack.aws.failNextEmails = 0;
  }
}

/** Asynchronous upload resources of one scope (a test may scan: the table holds only this file's data). */
async function asyncUploadsOf(match: { scope: 'bulk' } | { municipalityNumber: string }): Promise<number> {
  const [name, value] = 'scope' in match ? ['scope', match.scope] : ['municipalityNumber', match.municipalityNumber];
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new ScanCommand({ TableName: stack.tableName, FilterExpression: 'entity = :e AND #f = :v', ExpressionAttributeNames: { '#f': name }, ExpressionAttributeValues: { ':e': 'AsyncUpload', ':v': value }, ExclusiveStartKey: start }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

const eventsOf = (type: EventType, match: (data: Record<string, unknown>) => boolean) => published.filter((e) => e.type === type && match(e.data)).length;

interface Race {
  readonly path: string;
  /** Undefined for a public route. */
  readonly token?: string;
  readonly body?: unknown;
  /** How many times the route's effect has happened so far (read before and after the race). */
  readonly effects: () => Promise<number> | number;
  /** Optional check of the one answer against the state afterwards. */
  readonly verify?: (answer: ApiResponse) => Promise<void> | void;
}

interface RaceCase {
  readonly rounds: number;
  /** Sets up a fresh resource for one round and describes the request to race. */
  readonly prepare: () => Promise<Race>;
}

const cases: Record<PostFunction, RaceCase> = {
  submitApplication: {
    rounds: 2,
    prepare: async () => {
      const applicant = await municipality();
      return {
        path: '/applications',
        token: applicant.token,
        body: { ...(bodies.submitApplication!() as object), projectLeader: { name: 'Kari', email: applicant.email }, cohortId },
        effects: async () => ((await api(`/applications?cohortId=${cohortId}`, { token: applicant.token })).json.applications as unknown[]).length,
      };
    },
  },
  saveApplicationDraft: {
    rounds: 2,
    prepare: async () => {
      const applicant = await municipality();
      return {
        path: '/applications/drafts',
        token: applicant.token,
        body: { ...(bodies.saveApplicationDraft!() as object), cohortId },
        effects: async () => ((await api(`/applications?cohortId=${cohortId}`, { token: applicant.token })).json.applications as unknown[]).length,
      };
    },
  },
  submitApplicationDraft: {
    rounds: 1,
    prepare: async () => {
      const applicant = await municipality();
      const draft = expectStatus(await post('/applications/drafts', applicant.token, { ...completeApplication({ projectLeader: { name: 'Kari', email: applicant.email } }), cohortId }), 201, 'drafting');
      return {
        path: `/applications/${draft.json.id}/submission`,
        token: applicant.token,
        effects: () => eventsOf('ApplicationSubmitted', (d) => d.applicationId === draft.json.id),
      };
    },
  },
  withdrawApplication: {
    rounds: 1,
    prepare: async () => {
      const { applicationId, token } = await submittedApplication();
      return { path: `/applications/${applicationId}/withdrawal`, token, effects: () => eventsOf('ApplicationWithdrawn', (d) => d.applicationId === applicationId) };
    },
  },
  decideApplication: {
    rounds: 1,
    prepare: async () => {
      const { applicationId } = await submittedApplication();
      return {
        path: `/applications/${applicationId}/decision`,
        token: tokens.secretariat!,
        body: bodies.decideApplication!(),
        effects: () => eventsOf('ApplicationDecided', (d) => d.applicationId === applicationId),
      };
    },
  },
  holdSteeringGroupMeeting: {
    rounds: 1,
    prepare: async () => {
      const { applicationId } = await submittedApplication();
      return {
        path: `/cohorts/${cohortId}/steering-group-decisions`,
        token: tokens.secretariat!,
        body: { meetingDate: '2007-03-30', decisions: [{ applicationId, outcome: 'rejected', reason: 'Kappløp' }] },
        effects: () => eventsOf('SteeringGroupMeetingHeld', (d) => (d.decisions as { applicationId: string }[]).some((x) => x.applicationId === applicationId)),
      };
    },
  },
  submitJointApplication: {
    rounds: 1,
    prepare: async () => {
      const [first, second] = [await municipality(), await municipality()];
      return {
        path: '/joint-applications',
        token: first.token,
        body: jointApplication(cohortId, [first.number, second.number], first.email),
        effects: () => eventsOf('JointApplicationSubmitted', (d) => (d.members as { municipalityNumber: string }[]).some((m) => m.municipalityNumber === first.number)),
      };
    },
  },
  createCohort: {
    rounds: 3,
    prepare: async () => {
      const name = `Pulje ${nextTag()}`;
      return {
        path: '/cohorts',
        token: tokens.secretariat!,
        body: { ...(bodies.createCohort!() as object), name },
        effects: async () => ((await api('/cohorts', { token: tokens.secretariat })).json.cohorts as { name: string }[]).filter((c) => c.name === name).length,
      };
    },
  },
  changeCohortStatus: {
    rounds: 2,
    prepare: async () => {
      const draft = expectStatus(await post('/cohorts', tokens.secretariat!, { ...(bodies.createCohort!() as object), name: `Pulje ${nextTag()}` }), 201, 'creating a cohort');
      return {
        path: `/cohorts/${draft.json.id}/transitions`,
        token: tokens.secretariat!,
        body: { action: 'open' },
        effects: () => eventsOf('CohortOpened', (d) => d.cohortId === draft.json.id),
      };
    },
  },
  scheduleGathering: {
    rounds: 3,
    prepare: async () => {
      const title = `Samling ${nextTag()}`;
      return {
        path: '/gatherings',
        token: tokens.secretariat!,
        body: { ...(bodies.scheduleGathering!() as object), hosts: { cohortIds: [cohortId] }, title },
        effects: async () => ((await api(`/gatherings?cohortId=${cohortId}`, { token: tokens.secretariat })).json.gatherings as { title: string }[]).filter((g) => g.title === title).length,
      };
    },
  },
  cancelGathering: {
    rounds: 2,
    prepare: async () => {
      const made = await api('/gatherings', { method: 'POST', token: tokens.secretariat, body: { ...(bodies.scheduleGathering!() as object), hosts: { cohortIds: [cohortId] }, title: `Samling ${nextTag()}` } });
      return {
        path: `/gatherings/${made.json.id}/cancellation`,
        token: tokens.secretariat!,
        body: bodies.cancelGathering!(),
        effects: () => eventsOf('GatheringCancelled', (d) => (d.gathering as { id: string }).id === made.json.id),
      };
    },
  },
  formNetwork: {
    rounds: 3,
    prepare: async () => {
      const name = `Nettverk ${nextTag()}`;
      return {
        path: `/cohorts/${cohortId}/networks`,
        token: tokens.secretariat!,
        body: { ...(bodies.formNetwork!() as object), name },
        effects: async () => ((await api(`/cohorts/${cohortId}/networks`, { token: tokens.secretariat })).json.networks as { name: string }[]).filter((n) => n.name === name).length,
      };
    },
  },
  assignToNetwork: {
    rounds: 2,
    prepare: async () => {
      const { number } = await admittedParticipant();
      return {
        path: `/cohorts/${cohortId}/networks/${networkId}/members`,
        token: tokens.secretariat!,
        body: { municipalityNumber: number },
        effects: () => eventsOf('MunicipalityAssignedToNetwork', (d) => d.networkId === networkId && d.municipalityNumber === number),
      };
    },
  },
  uploadAbsenceFigures: {
    rounds: 3,
    prepare: async () => {
      const owner = await municipality();
      return {
        path: `/municipalities/${owner.number}/absence-figures`,
        token: owner.token,
        body: bodies.uploadAbsenceFigures!(),
        effects: async () => {
          const figures = (await api(`/municipalities/${owner.number}/absence-figures`, { token: owner.token })).json.figures as { revisions: number }[] | undefined;
          return figures?.reduce((sum, f) => sum + f.revisions, 0) ?? 0;
        },
      };
    },
  },
  uploadBulkAbsenceFigures: {
    rounds: 3,
    prepare: async () => {
      const { number } = await municipality();
      const body = bodies.uploadBulkAbsenceFigures!() as { rows: Record<string, unknown>[] };
      return {
        path: '/absence-figures',
        token: tokens.secretariat!,
        body: { rows: body.rows.map((row) => ({ ...row, municipalityNumber: number })) },
        effects: async () => {
          const figures = (await api(`/municipalities/${number}/absence-figures`, { token: tokens.secretariat })).json.figures as { revisions: number }[] | undefined;
          return figures?.reduce((sum, f) => sum + f.revisions, 0) ?? 0;
        },
      };
    },
  },
  createAbsenceUpload: {
    rounds: 2,
    prepare: async () => {
      const owner = await municipality();
      return {
        path: `/municipalities/${owner.number}/absence-uploads`,
        token: owner.token,
        body: bodies.createAbsenceUpload!(),
        effects: () => asyncUploadsOf({ municipalityNumber: owner.number }),
      };
    },
  },
  createBulkAbsenceUpload: {
    rounds: 2,
    prepare: async () => ({ path: '/absence-uploads', token: tokens.secretariat!, body: bodies.createBulkAbsenceUpload!(), effects: () => asyncUploadsOf({ scope: 'bulk' }) }),
  },
  invitePerson: {
    rounds: 2,
    prepare: async () => {
      const { number } = await municipality();
      const email = `person-${nextTag()}@kommune.no`;
      return { path: `/municipalities/${number}/people`, token: tokens.secretariat!, body: { name: 'Ola', email, roles: ['observer'] }, effects: () => eventsOf('PersonInvited', (d) => d.email === email) };
    },
  },
  deactivatePerson: {
    rounds: 1,
    prepare: async () => {
      const { number } = await municipality();
      const invited = expectStatus(await post(`/municipalities/${number}/people`, tokens.secretariat!, { name: 'Ola', email: `person-${nextTag()}@kommune.no`, roles: ['observer'] }), 201, 'inviting');
      const personId = invited.json.id as string;
      return { path: `/municipalities/${number}/people/${personId}/deactivation`, token: tokens.secretariat!, effects: () => eventsOf('PersonDeactivated', (d) => d.personId === personId) };
    },
  },
  inviteStaff: {
    rounds: 1,
    prepare: async () => {
      const email = `staff-${nextTag()}@ks.no`;
      return { path: '/staff', token: tokens.secretariat!, body: { name: 'Eva', email, roles: ['evaluator'] }, effects: () => eventsOf('PersonInvited', (d) => d.email === email) };
    },
  },
  deactivateStaff: {
    rounds: 1,
    prepare: async () => {
      const invited = expectStatus(await post('/staff', tokens.secretariat!, { name: 'Eva', email: `staff-${nextTag()}@ks.no`, roles: ['evaluator'] }), 201, 'inviting');
      const personId = invited.json.id as string;
      return { path: `/staff/${personId}/deactivation`, token: tokens.secretariat!, effects: () => eventsOf('PersonDeactivated', (d) => d.personId === personId) };
    },
  },
  importContactAddresses: {
    rounds: 1,
    prepare: async () => {
      const { number } = await municipality();
      const contactEmail = `postmottak-${nextTag()}@kommune.no`;
      return {
        path: '/municipalities/contact-addresses',
        token: tokens.secretariat!,
        body: { rows: [{ municipalityNumber: number, contactEmail }] },
        // Setting the address is its effect: absent before, present after (a plain SET: a second one would not show).
        effects: async () => ((await api(`/municipalities/${number}`, { token: tokens.secretariat })).json.contactEmail === contactEmail ? 1 : 0),
      };
    },
  },
  confirmEmailAddress: {
    rounds: 1,
    prepare: async () => {
      const { email } = await submittedApplication();
      const code = await confirmationCodeFor(stack, email);
      // Public: the code is the credential, no token.
      return { path: `/email-confirmations/${code}`, effects: () => eventsOf('EmailAddressConfirmed', (d) => d.address === email) };
    },
  },
  unsubscribeByLink: {
    rounds: 1,
    prepare: async () => {
      const address = `racer-${nextTag()}@kommune.no`;
      const token = await issueUnsubscribeToken(stack.tableName, address, 'reminders');
      // Public: the token is the credential. The effect: the address's reminders are off (once is all there is).
      return { path: `/mail-preferences/unsubscribe/${token}`, effects: async () => ((await new MailPreferencesRepository(new Table(stack.tableName)).of(address)).reminders === 'off' ? 1 : 0) };
    },
  },
  submitReport: {
    rounds: 1,
    prepare: async () => {
      const { reportId, token } = await admittedParticipant();
      // A project plan awaits its three signatures: the submission's one effect is ReportAwaitingSignatures.
      return { path: `/reports/${reportId}/submission`, token, body: bodies.submitReport!(), effects: () => eventsOf('ReportAwaitingSignatures', (d) => d.reportId === reportId) };
    },
  },
  signReport: {
    rounds: 1,
    prepare: async () => {
      const { reportId, token, number } = await admittedParticipant();
      expectStatus(await post(`/reports/${reportId}/submission`, token, bodies.submitReport!()), 200, 'submitting the report');
      const signer = await signatoryToken(stack, number, 'management');
      return { path: `/reports/${reportId}/signatures`, token: signer, body: bodies.signReport!(), effects: () => eventsOf('ReportSigned', (d) => d.reportId === reportId) };
    },
  },
  reviewReport: {
    rounds: 1,
    prepare: async () => {
      const { reportId, token, number } = await admittedParticipant();
      expectStatus(await post(`/reports/${reportId}/submission`, token, bodies.submitReport!()), 200, 'submitting the report');
      await signAll(stack, api, reportId, number);
      return { path: `/reports/${reportId}/review`, token: tokens.secretariat!, body: bodies.reviewReport!(), effects: () => eventsOf('ReportReturned', (d) => d.reportId === reportId) };
    },
  },
  addSubProject: {
    rounds: 1,
    prepare: async () => {
      const { projectId, token } = await projectOfParticipant();
      const name = `Delprosjekt ${nextTag()}`;
      return { path: `/projects/${projectId}/sub-projects`, token, body: { name, focusArea: 'Sykefravær', leader: { name: 'Dag', email: 'dag@kommune.no' } }, effects: () => eventsOf('SubProjectAdded', (d) => d.name === name) };
    },
  },
  addGoal: {
    rounds: 1,
    prepare: async () => {
      const { projectId, token } = await projectOfParticipant();
      const name = `Mål ${nextTag()}`;
      const body = { name, unit: '%', direction: 'higher-is-better', baseline: { value: 40, date: '2007-01-01' }, target: { value: 60, date: '2009-01-01' } };
      return { path: `/projects/${projectId}/goals`, token, body, effects: () => eventsOf('GoalAdded', (d) => d.name === name) };
    },
  },
  reportGoalValue: {
    rounds: 1,
    prepare: async () => {
      const { projectId, token, goalId } = await goalOfParticipant();
      return { path: `/projects/${projectId}/goals/${goalId}/values`, token, body: { value: 9.5, measuredOn: '2007-06-30' }, effects: () => eventsOf('GoalValueReported', (d) => d.goalId === goalId) };
    },
  },
  applyForGrant: {
    rounds: 1,
    prepare: async () => {
      const participant = await (granting ??= admittedParticipant());
      const purpose = `Kappløp ${nextTag()}`;
      return { path: '/grants', token: participant.token, body: { cohortId, purpose, amountRequested: 100_000, year: 2007 }, effects: () => eventsOf('GrantApplied', (d) => d.purpose === purpose) };
    },
  },
  decideGrant: {
    rounds: 1,
    prepare: async () => {
      const { grantId } = await grantAt('applied');
      return { path: `/grants/${grantId}/decision`, token: tokens.secretariat!, body: { granted: 80_000 }, effects: () => eventsOf('GrantDecided', (d) => d.grantId === grantId) };
    },
  },
  recordGrantPayment: {
    rounds: 1,
    prepare: async () => {
      const { grantId } = await grantAt('decided');
      return { path: `/grants/${grantId}/payment`, token: tokens.secretariat!, body: { paidOn: '2007-06-01', amount: 30_000 }, effects: () => eventsOf('GrantPaid', (d) => d.grantId === grantId) };
    },
  },
  accountForGrant: {
    rounds: 1,
    prepare: async () => {
      const { grantId, token } = await grantAt('paid');
      return { path: `/grants/${grantId}/account`, token, body: { spentAmount: 80_000, description: 'Brukt til kurs.' }, effects: () => eventsOf('GrantAccounted', (d) => d.grantId === grantId) };
    },
  },
  catchUpReportReminders: {
    rounds: 1,
    prepare: async () => {
      // The sweep has run on 1 August 2007: an admission recorded now, decided in March, finds its project plan (due 1 June) past due, held.
      stack.clock.fire('report-due-sweep', new Date('2007-08-01T05:00:00Z'));
      await stack.settled();
      const { reportId } = await admittedParticipant();
      return {
        path: `/cohorts/${cohortId}/report-reminders/catch-up`,
        token: tokens.secretariat!,
        body: {},
        effects: () => eventsOf('ReportOverdue', (d) => d.reportId === reportId),
        verify: (answer) => {
          expect(answer.json.reports.filter((r: { reportId: string }) => r.reportId === reportId)).toEqual([expect.objectContaining({ stepId: 'escalation-21', daysPastDue: 61 })]);
        },
      };
    },
  },
  retryNotification: {
    rounds: 1,
    prepare: async () => {
      const { id } = await failedNotification();
      return { path: `/notifications/${id}/retry`, token: tokens.secretariat!, effects: () => eventsOf('NotificationQueued', (d) => d.notificationId === id) };
    },
  },
  checkAbsenceWarning: {
    rounds: 1,
    prepare: async () => {
      // A figure over 25 %: a warning to check (its own content, so no repeat of another round).
      const number = (await municipality()).number;
      const upload = await post(`/municipalities/${number}/absence-figures`, tokens.secretariat!, { rows: [{ period: '2006Q1', lostDays: 300 + Math.floor(Math.random() * 100), agreedDays: 1000 }] });
      expectStatus(upload, 201, 'an implausible upload');
      const id = (upload.json.warnings as { id: string }[])[0]!.id;
      await eventually(async () => ((await api(`/absence-figures/warnings?municipalityNumber=${number}`, { token: tokens.secretariat })).json.warnings as { id: string }[]).some((w) => w.id === id) || undefined, 30_000, 'the warning listed');
      return {
        path: `/absence-figures/warnings/${id}/check`,
        token: tokens.secretariat!,
        body: { note: 'Race' },
        effects: async () => ((await api(`/absence-figures/warnings?status=checked&municipalityNumber=${number}`, { token: tokens.secretariat })).json.warnings as { id: string }[]).filter((w) => w.id === id).length,
      };
    },
  },
  registerWebhook: {
    rounds: 2,
    prepare: async () => {
      const url = `http://127.0.0.1:9/race-${nextTag()}`;
      return { path: '/webhooks', token: tokens.secretariat!, body: { url, eventTypes: ['report.overdue'] }, effects: () => eventsOf('WebhookRegistered', (d) => d.url === url) };
    },
  },
  rotateWebhookSecret: {
    rounds: 1,
    prepare: async () => {
      const registered = expectStatus(await post('/webhooks', tokens.secretariat!, { url: `http://127.0.0.1:9/race-${nextTag()}`, eventTypes: ['report.overdue'] }), 201, 'registering');
      const id = registered.json.id as string;
      const current = async () => (await api(`/webhooks/${id}`, { token: tokens.secretariat })).json as { createdAt: string; secretRotatedAt: string };
      return {
        path: `/webhooks/${id}/secret-rotation`,
        token: tokens.secretariat!,
        // Rotated: the time moved on from the creation; the one answer's time is the stored one (a second rotation would be later).
        effects: async () => ((await current()).secretRotatedAt !== (await current()).createdAt ? 1 : 0),
        verify: async (answer) => {
          expect(answer.json.secretRotatedAt).toBe((await current()).secretRotatedAt);
        },
      };
    },
  },
  createCalendarFeed: {
    rounds: 2,
    prepare: async () => {
      // A person of the secretariat (a bootstrap account holds no feed): a fresh one per round.
      const { token } = await staffToken(stack, { role: 'secretariat', name: 'Sara Sekretariat' });
      return {
        path: '/calendar-feeds',
        token,
        body: { scope: 'cohort', id: cohortId },
        effects: async () => ((await api('/calendar-feeds', { token })).json.feeds as unknown[]).length,
      };
    },
  },
  rotateCalendarFeedSecret: {
    rounds: 2,
    prepare: async () => {
      const { token } = await staffToken(stack, { role: 'secretariat', name: 'Sara Sekretariat' });
      const created = expectStatus(await post('/calendar-feeds', token, { scope: 'cohort', id: cohortId }), 201, 'creating the feed');
      const feedId = created.json.feed.id as string;
      return {
        path: `/calendar-feeds/${feedId}/secret`,
        token,
        effects: async () => (((await api('/calendar-feeds', { token })).json.feeds as { id: string; rotatedAt?: string }[]).find((f) => f.id === feedId)?.rotatedAt ? 1 : 0),
        // Rotated once: the URL the racers were answered is the live one, the first is dead.
        verify: async (answer) => {
          expect((await api(new URL(answer.json.url as string).pathname)).status).toBe(200);
          expect((await api(new URL(created.json.url as string).pathname)).status).toBe(404);
        },
      };
    },
  },
  replayWebhookDelivery: {
    rounds: 1,
    prepare: async () => {
      const receiver = await startReceiver();
      const applicant = await submittedApplication();
      const registered = expectStatus(await post('/webhooks', tokens.secretariat!, { url: receiver.url, eventTypes: ['application.decided'], municipalityNumber: applicant.number }), 201, 'registering');
      await stack.settled();
      expectStatus(await post(`/applications/${applicant.applicationId}/decision`, tokens.secretariat!, { outcome: 'rejected', reason: 'Kappløp', decidedOn: '2007-03-30' }), 200, 'deciding');
      await stack.settled();
      const deliveries = (await api(`/webhooks/${registered.json.id}/deliveries`, { token: tokens.secretariat })).json.deliveries as { id: string }[];
      const deliveryId = deliveries[0]!.id;
      return { path: `/webhooks/${registered.json.id}/deliveries/${deliveryId}/replay`, token: tokens.secretariat!, effects: () => eventsOf('WebhookDeliveryRequested', (d) => d.deliveryId === deliveryId) };
    },
  },
  registerForGathering: {
    rounds: 1,
    prepare: async () => {
      const { number } = await signUpParticipant();
      const gathering = await storeGathering(stack.tableName, { hosts: { cohortIds: [cohortId] } });
      return {
        path: `/gatherings/${gathering.id}/registrations`,
        token: tokens.secretariat!,
        body: { municipalityNumber: number, attendees: [{ name: 'Kari Kappløp', email: `kari-${nextTag()}@kommune.no` }] },
        effects: () => eventsOf('GatheringRegistrationMade', (d) => d.gatheringId === gathering.id),
      };
    },
  },
  cancelRegistration: {
    rounds: 1,
    prepare: async () => {
      const { number } = await signUpParticipant();
      const gathering = await storeGathering(stack.tableName, { hosts: { cohortIds: [cohortId] } });
      const made = expectStatus(await post(`/gatherings/${gathering.id}/registrations`, tokens.secretariat!, { municipalityNumber: number, attendees: [{ name: 'Kari Kappløp', email: `kari-${nextTag()}@kommune.no` }] }), 201, 'signing up');
      const registrationId = made.json.registrations[0].id as string;
      return {
        path: `/gatherings/${gathering.id}/registrations/${registrationId}/cancellation`,
        token: tokens.secretariat!,
        effects: () => eventsOf('GatheringRegistrationCancelled', (d) => d.registrationId === registrationId),
      };
    },
  },
  redriveDeadLetters: {
    rounds: 1,
    prepare: async () => {
      await failedNotification();
      const waiting = () => stack.deadLetters.list().filter((l) => l.target === 'deliverNotification').length;
      const before = waiting();
      return {
        path: '/dead-letters/deliverNotification/redrive',
        token: tokens.secretariat!,
        // Redriven once: the letters waiting before the race are gone, and the one answer counts them all.
        effects: () => (waiting() === 0 ? 1 : 0),
        verify: (answer) => {
          expect(answer.json.redriven).toBe(before);
        },
      };
    },
  },
};

beforeAll(async () => {
  stack = testStack();
  recordPublished(stack, published);
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  cohortId = await createOpenCohort(api, tokens.secretariat, 'Pulje for kappløp');
  ids.advisor = (await staffToken(stack, { role: 'advisor', name: 'Vera Veileder', email: 'vera.veileder@ks.no' })).personId;
  networkId = expectStatus(await post(`/cohorts/${cohortId}/networks`, tokens.secretariat, bodies.formNetwork!()), 201, 'forming the network').json.id as string;
}, 120_000);

/** Sends RACERS identical requests at once, then one more; returns the one answer. */
async function race(request: Race, key: string): Promise<ApiResponse> {
  const send = () => api(request.path, { method: 'POST', ...(request.token ? { token: request.token } : {}), headers: { 'idempotency-key': key }, ...(request.body !== undefined ? { body: request.body } : {}) });
  const answers = await Promise.all(Array.from({ length: RACERS }, send));
  const seen = answers.map((a) => `${a.status} ${a.json.type ?? ''}`).join(', ');
  const answer = answers.find((a) => a.status < 300);
  expect(answer, `no 2xx among ${seen}: ${JSON.stringify(answers.map((a) => a.json))}`).toBeDefined();
  tally.rounds++;
  tally.replayed += answers.filter((a) => a.status < 300).length - 1;
  tally.inProgress += answers.filter((a) => a.status === 409).length;
  for (const other of answers) {
    if (other.status < 300) {
      expect({ status: other.status, body: other.json }, seen).toEqual({ status: answer!.status, body: answer!.json });
    } else {
      expect({ status: other.status, type: other.json.type }, `${seen}: ${JSON.stringify(other.json)}`).toEqual({ status: 409, type: '/problems/idempotency-key-in-progress' });
      expect(other.headers.get('retry-after')).toMatch(/^\d+$/);
    }
  }
  // Once the first has finished, a repeat replays it (the stored answer survived the refusals).
  const later = await eventually(async () => {
    const again = await send();
    return again.status === 409 && again.json.type === '/problems/idempotency-key-in-progress' ? undefined : again;
  }, 20_000, 'the stored answer');
  expect({ status: later.status, body: later.json }).toEqual({ status: answer!.status, body: answer!.json });
  return answer!;
}

const postRoutes = httpRoutes.filter((route) => route.method === 'POST');

describe('the routing table', () => {
  it('has a race case for every POST route', () => {
    expect(Object.keys(cases).sort()).toEqual(postRoutes.map((route) => route.function).sort());
  });
});

describe.each(postRoutes.map((route) => [`${route.method} ${route.path}`, route.function] as const))(`%s, one Idempotency-Key ${RACERS} times at once`, (_name, fn) => {
  const { rounds, prepare } = cases[fn];
  it.each(Array.from({ length: rounds }, (_, i) => i + 1))(`has its effect once (round %i of ${rounds})`, async (round) => {
    const request = await prepare();
    const before = await request.effects();
    const answer = await race(request, `race-${fn}-${round}-${nextTag()}`);
    await stack.settled();
    await request.verify?.(answer);
    expect(await request.effects(), `${fn}: effects after the race`).toBe(before + 1);
  }, 120_000);
});

describe('the races', () => {
  it('overlapped: some racers found the first still in progress', () => {
    console.log(`idempotency races: ${tally.rounds} rounds of ${RACERS}, ${tally.inProgress} answered in progress, ${tally.replayed} replayed`);
    expect(tally.inProgress).toBeGreaterThan(0);
  });
});
