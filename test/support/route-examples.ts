/**
 * A valid request for every route of the routing table, against resources a test creates and
 * records in `ids`. Typed over every routed function: a new route fails the type check until it
 * has an example, so the access matrix and the fuzzing cover it.
 */
import type { LocalStack } from '../../local/stack.ts';
import type { HttpFunction as HttpFunctionName } from '../../shared/routing.ts';
import type { httpRoutes } from '../../shared/routing.ts';
import { createOpenCohort, type apiClient } from './api-client.ts';
import { confirmEmail } from './email-confirmation.ts';
import { completeApplication } from './fixtures.ts';
import { personToken, staffToken } from './people.ts';
import { issueUnsubscribeToken } from './mail-preferences.ts';
import { startReceiver } from './webhook-receiver.ts';
import { storeGathering } from './gatherings.ts';
import { MANDATORY_ELEMENTS } from '../../shared/applications/assessment-model.ts';

export const OWNER = '1721';
export const OTHER = '1719';
/** Resources the test set up: cohort, application, network, gathering, report, notification, the owner's email confirmation code, an unsubscribe token, asynchronous upload. */
export const ids: Record<string, string> = {};

/** Invitations so far: each example invitation has an address of its own (one person per address). */
let invited = 0;
/** Sign-ups so far: each example attendee has an address of its own (one registration per attendee). */
let registered = 0;

/** The owner's partner in the example joint application (a municipality of 2007, neither owner nor other). */
export const JOINT_PARTNER = '1714';

/** A joint application of `members` to `cohortId`: each member's part complete, the project leader the first member's. */
export function jointApplication(cohortId: string, members: readonly string[], leaderEmail = 'felles.prosjektleder@verdal.kommune.no') {
  const { projectLeader: _leader, ...part } = completeApplication();
  return {
    cohortId,
    name: 'Kvalitetskommuneprogrammet i fellesskap',
    projectLeader: { name: 'Felles Prosjektleder', email: leaderEmail, municipalityNumber: members[0] },
    sickLeaveTarget: part.sickLeaveTarget,
    members: members.map((municipalityNumber) => ({ ...part, municipalityNumber })),
  };
}

/** A valid body per write route (undefined: no body); `caller`: the role calling, for a body that names it (a signature). */
export const bodies: Record<HttpFunctionName, ((caller?: string) => unknown) | undefined> = {
  submitApplication: () => ({ ...completeApplication(), cohortId: ids.cohort }),
  saveApplicationDraft: () => ({ cohortId: ids.cohort }),
  updateApplicationDraft: () => ({ approach: 'Et nytt opplegg for arbeidet i kommunen.' }),
  submitApplicationDraft: undefined,
  withdrawApplication: undefined,
  decideApplication: () => ({ outcome: 'rejected', reason: 'Matrisetest' }),
  listApplications: undefined,
  assessApplication: () => ({ elements: MANDATORY_ELEMENTS.map((element) => ({ element, met: true })), recommendation: 'admit', reasoning: 'Matrisetest' }),
  holdSteeringGroupMeeting: () => ({ meetingDate: '2007-03-30', decisions: [{ applicationId: ids.application, outcome: 'rejected', reason: 'Matrisetest' }] }),
  getSteeringGroupMeeting: undefined,
  submitJointApplication: () => jointApplication(ids.jointCohort!, [OWNER, JOINT_PARTNER]),
  getJointApplication: undefined,
  getJointTargetStatus: undefined,
  listSteeringGroupMeetings: undefined,
  getApplication: undefined,
  listMunicipalities: undefined,
  getMunicipality: undefined,
  updateMunicipality: () => ({ contactEmail: 'postmottak@verdal.kommune.no' }),
  importContactAddresses: () => ({ rows: [{ municipalityNumber: OTHER, contactEmail: 'postmottak@levanger.kommune.no' }] }),
  listPeople: undefined,
  invitePerson: () => ({ name: 'Ola Observatør', email: `ola-${++invited}@verdal.kommune.no`, roles: ['observer'] }),
  getPerson: undefined,
  changePerson: () => ({ roles: ['observer', 'management'] }),
  deactivatePerson: undefined,
  listStaff: undefined,
  inviteStaff: () => ({ name: 'Eva Evaluator', email: `eva-${++invited}@ks.no`, roles: ['evaluator'] }),
  getStaff: undefined,
  changeStaff: () => ({ name: 'Eva Evaluator' }),
  deactivateStaff: undefined,
  createCohort: () => ({ name: 'Pulje X', applicationWindow: { opensOn: '2008-01-01', closesOn: '2008-02-01' }, startDate: '2008-03-01', durationYears: 2 }),
  listCohorts: undefined,
  getCohort: undefined,
  getGathering: undefined,
  changeCohortStatus: () => ({ action: 'close' }),
  scheduleGathering: () => ({ kind: 'learning-seminar', title: 'Læringsseminar 1', hosts: { cohortIds: [ids.cohort] }, when: { from: '2007-09-01', to: '2007-09-01' }, venue: { name: 'Stjørdal' } }),
  changeGathering: () => ({ kind: 'learning-seminar', title: 'Læringsseminar 1', hosts: { cohortIds: [ids.cohort] }, when: { from: '2007-09-08', to: '2007-09-08' }, venue: { name: 'Stjørdal' } }),
  listGatherings: undefined,
  cancelGathering: () => ({ reason: 'Matrisetest' }),
  formNetwork: () => ({ name: 'Nettverk Y', advisorId: ids.advisor }),
  listNetworks: undefined,
  getNetwork: undefined,
  assignToNetwork: () => ({ municipalityNumber: OWNER }),
  getOverview: undefined,
  uploadAbsenceFigures: () => ({ rows: [{ period: '2007Q1', lostDays: 90, agreedDays: 1000 }] }),
  getAbsenceFigures: undefined,
  createAbsenceUpload: () => ({ contentType: 'text/csv' }),
  createBulkAbsenceUpload: () => ({ contentType: 'text/csv' }),
  getAbsenceUpload: undefined,
  uploadBulkAbsenceFigures: () => ({ rows: [{ municipalityNumber: OTHER, period: '2007Q1', lostDays: 50, agreedDays: 1000 }] }),
  listTargetStatuses: undefined,
  getAbsenceComparison: undefined,
  setReportPlan: () => ({ reports: [{ type: 'final-evaluation', title: 'Sluttevaluering', monthsAfterStart: 36 }] }),
  listReports: undefined,
  getReport: undefined,
  submitReport: () => ({ summary: 'Delprosjekter og organisering av arbeidet.' }),
  signReport: (caller?: string) => ({ role: caller === 'union-representative' || caller === 'elected-official' ? caller : 'management' }),
  reviewReport: () => ({ outcome: 'returned', comment: 'Matrisetest' }),
  moveReportDueDate: () => ({ dueDate: '2007-07-01' }),
  catchUpReportReminders: () => ({ dryRun: true }),
  listNotifications: undefined,
  retryNotification: undefined,
  listAbsenceWarnings: undefined,
  checkAbsenceWarning: () => ({ note: 'Matrisetest' }),
  confirmEmailAddress: undefined,
  listAuditEntries: undefined,
  getMailPreferences: undefined,
  updateMailPreferences: () => ({ preferences: { reminders: 'digest' } }),
  unsubscribeByLink: undefined,
  showUnsubscribePage: undefined,
  listDeadLetters: undefined,
  redriveDeadLetters: undefined,
  getOpenApiDocument: undefined,
  getSickLeaveStatistics: undefined,
  getSiteCohorts: undefined,
  listSiteParticipants: undefined,
  listSiteNetworks: undefined,
  listSiteGatherings: undefined,
  getSiteProgress: undefined,
  exportData: undefined,
  registerWebhook: () => ({ url: 'http://127.0.0.1:9/matrix', eventTypes: ['report.overdue'] }),
  listWebhooks: undefined,
  getWebhook: undefined,
  deleteWebhook: undefined,
  rotateWebhookSecret: undefined,
  listWebhookDeliveries: undefined,
  replayWebhookDelivery: undefined,
  createCalendarFeed: () => ({ scope: 'municipality', id: OWNER }),
  listCalendarFeeds: undefined,
  rotateCalendarFeedSecret: undefined,
  deleteCalendarFeed: undefined,
  getCalendar: undefined,
  registerForGathering: () => ({ municipalityNumber: OWNER, attendees: [{ name: 'Per Deltaker', email: `per-${++registered}@verdal.kommune.no` }] }),
  listRegistrations: undefined,
  cancelRegistration: undefined,
  recordAttendance: () => ({ records: [] }),
  getMissedGatherings: undefined,
  putBudget: () => ({ lines: { secretariat: 700_000_000, 'competence-development': 300_000_000, 'stimulus-funds': 1_000_000_000 } }),
  getBudget: undefined,
  applyForGrant: () => ({ cohortId: ids.cohort, purpose: 'Kurs i nærværsarbeid for ledere og tillitsvalgte.', amountRequested: 5_000_000, year: 2007 }),
  decideGrant: () => ({ granted: 4_000_000, comment: 'Matrisetest' }),
  recordGrantPayment: () => ({ paidOn: '2007-06-01' }),
  accountForGrant: () => ({ spentAmount: 4_000_000, description: 'Kursene ble holdt i september.' }),
  getGrant: undefined,
  listGrants: undefined,
  getBudgetOverview: undefined,
  getProject: undefined,
  listMunicipalityProjects: undefined,
  addSubProject: () => ({ name: 'Uønsket deltid', focusArea: 'Uønsket deltid', leader: { name: 'Dag Delprosjekt', email: 'dag@verdal.kommune.no' } }),
  getSubProject: undefined,
  addGoal: () => ({ name: 'Andel heltid', unit: '%', direction: 'higher-is-better', baseline: { value: 40, date: '2007-01-01' }, target: { value: 60, date: '2009-01-01' } }),
  getGoal: undefined,
  reportGoalValue: () => ({ value: 45, measuredOn: '2007-06-30' }),
};

/** The query a route needs (its required parameters), from `ids`. */
function queryOf(route: (typeof httpRoutes)[number]): string {
  if (route.function === 'listGrants') return `?cohortId=${ids.cohort}`;
  if (route.function === 'getBudgetOverview') return '?year=2007';
  return '';
}

/** The route's path with its parameters filled from `ids` (the owner's resources). */
export function pathOf(route: (typeof httpRoutes)[number]): string {
  return pathOnly(route) + queryOf(route);
}

function pathOnly(route: (typeof httpRoutes)[number]): string {
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'number') return OWNER;
    if (name === 'cohortId') return ids.cohort!;
    if (name === 'gatheringId') return /^\/gatherings\/\{gatheringId\}\/(registrations|attendance)/.test(route.path) ? ids.signUpGathering! : ids.gathering!;
    if (name === 'registrationId') return ids.registration!;
    if (name === 'meetingId') return ids.meeting!;
    if (name === 'networkId') return ids.network!;
    if (name === 'function') return 'deliverNotification';
    if (name === 'kind') return 'participants';
    if (name === 'feedId') return ids.calendarFeed!;
    if (name === 'feed') return ids.calendarSecret!;
    if (name === 'token') return route.path.startsWith('/mail-preferences') ? ids.unsubscribe! : ids.emailConfirmation!;
    if (name === 'deliveryId') return ids.webhookDelivery!;
    if (route.path.startsWith('/webhooks')) return ids.webhook!;
    if (name === 'personId') return route.path.startsWith('/staff') ? ids.staff! : ids.person!;
    if (route.path.startsWith('/reports')) return ids.report!;
    if (name === 'year') return '2007';
    if (name === 'projectId') return ids.project!;
    if (name === 'subProjectId') return ids.subProject!;
    if (name === 'goalId') return ids.goal!;
    if (route.path.startsWith('/grants')) return ids.grant!;
    if (route.path.startsWith('/joint-')) return ids.jointApplication!;
    if (route.path.startsWith('/notifications')) return ids.notification!;
    if (route.path.startsWith('/absence-uploads')) return ids.upload!;
    if (route.path.startsWith('/absence-figures/warnings')) return ids.warning!;
    return ids.application!;
  });
}


/**
 * Creates the example resources through the API: an open cohort, the owner's admitted
 * application (its project leader's address `ownerEmail`), a network, a gathering, the
 * scheduled reports and their notifications. Returns tokens for every kind of caller.
 */
export async function setUpExamples(stack: LocalStack, api: ReturnType<typeof apiClient>, ownerEmail: string) {
  const tokens = {
    secretariat: await stack.issuer.issue({ role: 'secretariat' }),
    owner: await personToken(stack, { municipality: OWNER }),
    other: await personToken(stack, { municipality: OTHER }),
  };
  // The owner's network's advisor: a person of the secretariat; it sees the owner, never the other municipality.
  const advisor = await staffToken(stack, { role: 'advisor', name: 'Vera Veileder', email: 'vera.veileder@ks.no' });
  ids.advisor = advisor.personId;
  const allTokens = { ...tokens, signatory: await personToken(stack, { municipality: OWNER, roles: ['management'], name: 'Rita Rådmann' }), advisor: advisor.token, evaluator: (await staffToken(stack, { role: 'evaluator', name: 'Eva Evaluator' })).token };
  ids.cohort = await createOpenCohort(api, tokens.secretariat);
  const application = await api('/applications', { method: 'POST', token: tokens.owner, body: { ...completeApplication({ projectLeader: { name: 'Kari', email: ownerEmail } }), cohortId: ids.cohort } });
  ids.application = application.json.id;
  // The owner's webhook, registered before the decision: its delivery is the example one.
  const receiver = await startReceiver();
  ids.webhook = (await api('/webhooks', { method: 'POST', token: tokens.owner, body: { url: receiver.url, eventTypes: ['application.decided'] } })).json.id;
  await stack.settled();
  // Admitted as the steering group decides: assessed by the secretariat, then at a meeting (the same events as POST /applications/{id}/decision).
  await api(`/applications/${ids.application}/assessment`, { method: 'PUT', token: tokens.secretariat, body: bodies.assessApplication!() });
  ids.meeting = (await api(`/cohorts/${ids.cohort}/steering-group-decisions`, { method: 'POST', token: tokens.secretariat, body: { meetingDate: '2007-03-30', decisions: [{ applicationId: ids.application, outcome: 'admitted', reason: 'Ok' }] } })).json.id;
  ids.network = (await api(`/cohorts/${ids.cohort}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Midt', advisorId: ids.advisor } })).json.id;
  // The owner joins it (MunicipalityAssignedToNetwork): its advisor sees the owner from here on.
  await api(`/cohorts/${ids.cohort}/networks/${ids.network}/members`, { method: 'POST', token: tokens.secretariat, body: { municipalityNumber: OWNER } });
  ids.gathering = (await api('/gatherings', { method: 'POST', token: tokens.secretariat, body: bodies.scheduleGathering!() })).json.id;
  // A gathering still open for sign-up (the example's is in 2007), stored directly, and the owner's registration for it.
  ids.signUpGathering = (await storeGathering(stack.tableName, { hosts: { cohortIds: [ids.cohort] } })).id;
  ids.registration = (await api(`/gatherings/${ids.signUpGathering}/registrations`, { method: 'POST', token: tokens.owner, body: bodies.registerForGathering!() })).json.registrations?.[0]?.id;
  await stack.settled();
  // The project leader's address was typed by the municipality: its owner confirms it, and the held mail goes out.
  ids.emailConfirmation = await confirmEmail(stack, api, ownerEmail);
  ids.report = (await api(`/reports?cohortId=${ids.cohort}`, { token: tokens.secretariat })).json.reports[0].id;
  ids.notification = (await api('/notifications?status=sent', { token: tokens.secretariat })).json.notifications[0].id;
  ids.unsubscribe = await issueUnsubscribeToken(stack.tableName, ownerEmail);
  ids.person = (await api(`/municipalities/${OWNER}/people`, { method: 'POST', token: tokens.secretariat, body: bodies.invitePerson!() })).json.id;
  ids.staff = (await api('/staff', { method: 'POST', token: tokens.secretariat, body: bodies.inviteStaff!() })).json.id;
  // The owner's project leader subscribes to its municipality's calendar (the public feed route opens it).
  const feed = await api('/calendar-feeds', { method: 'POST', token: tokens.owner, body: bodies.createCalendarFeed!() });
  ids.calendarFeed = feed.json.feed?.id;
  ids.calendarSecret = String(feed.json.url ?? '').split('/').at(-1)!;
  ids.upload = (await api(`/municipalities/${OWNER}/absence-uploads`, { method: 'POST', token: tokens.owner, body: bodies.createAbsenceUpload!() })).json.upload?.uploadId;
  // A figure over 25 %: a plausibility warning to check, listed once its upload's event is handled.
  const implausible = await api(`/municipalities/${OWNER}/absence-figures`, { method: 'POST', token: tokens.secretariat, body: { rows: [{ period: '2006Q1', lostDays: 300, agreedDays: 1000 }] } });
  ids.warning = implausible.json.warnings?.[0]?.id;
  // The owner's joint application with a partner, in a cohort of its own (the owner applied to the first alone).
  ids.jointCohort = await createOpenCohort(api, tokens.secretariat, 'Pulje J');
  ids.jointApplication = (await api('/joint-applications', { method: 'POST', token: tokens.owner, body: bodies.submitJointApplication!() })).json.id;
  // The owner's application for stimulus funds (2007: the shipped budget).
  ids.grant = (await api('/grants', { method: 'POST', token: tokens.owner, body: bodies.applyForGrant!() })).json.id;
  await stack.settled();
  // The owner's local project (made on its admission: the application's id), a sub-project and a goal of it.
  ids.project = ids.application!;
  ids.subProject = (await api(`/projects/${ids.project}/sub-projects`, { method: 'POST', token: tokens.owner, body: bodies.addSubProject!() })).json.id;
  ids.goal = (await api(`/projects/${ids.project}/goals`, { method: 'POST', token: tokens.owner, body: bodies.addGoal!() })).json.id;
  ids.webhookDelivery = (await api(`/webhooks/${ids.webhook}/deliveries`, { token: tokens.owner })).json.deliveries?.[0]?.id;
  for (const key of ['application', 'meeting', 'network', 'gathering', 'report', 'notification', 'emailConfirmation', 'upload', 'person', 'staff', 'warning', 'webhook', 'webhookDelivery', 'calendarFeed', 'calendarSecret', 'signUpGathering', 'registration', 'grant', 'jointCohort', 'jointApplication', 'subProject', 'goal']) {
    if (!ids[key]) throw new Error(`Setting up the examples left no ${key}`);
  }
  return allTokens;
}
