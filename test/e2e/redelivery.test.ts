/**
 * At-least-once delivery, exactly-once effects: a flow that makes every subscription of the
 * routing table handle at least one event, then every delivered event delivered twice more.
 * Nothing may change: no new items, emails, notifications or status changes.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { IDEMPOTENCY_PREFIX } from '../../shared/platform/dynamodb/table-design.ts';
import { eventSubscriptions } from '../../shared/routing.ts';
import { apiClient } from '../support/api-client.ts';
import { useTestStack } from '../support/local-stack.ts';
import { bodies, ids, OWNER, setUpExamples } from '../support/route-examples.ts';
import { storeGathering } from '../support/gatherings.ts';
import { signAll } from '../support/signatures.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);

async function snapshot() {
  await stack.settled();
  const { Items = [] } = await documentClient.send(new ScanCommand({ TableName: stack.tableName, ProjectionExpression: 'pk, sk, version, #s', ExpressionAttributeNames: { '#s': 'status' } }));
  const items = Items.filter((i) => !String(i.pk).startsWith(IDEMPOTENCY_PREFIX)).map((i) => `${i.pk}|${i.sk}|${i.version ?? ''}|${i.status ?? ''}`).sort();
  return { items, mail: (await stack.mail.list()).length };
}

beforeAll(async () => {
  stack = testStack();
  const tokens = await setUpExamples(stack, api, 'redelivery@verdal.kommune.no');
  const post = (path: string, token: string, body?: unknown, method = 'POST') => api(path, { method, token, ...(body !== undefined ? { body } : {}) });
  // Events the example set-up does not cause yet:
  await post(`/gatherings/${ids.gathering}`, tokens.secretariat, { ...(bodies.changeGathering!() as object), when: { from: '2007-09-15', to: '2007-09-15' }, venue: { name: 'Levanger' } }, 'PUT');
  await post(`/gatherings/${ids.gathering}/cancellation`, tokens.secretariat, { reason: 'Flyttes.' });
  // WebhookDeleted (provisionWebhookDelivery removes its rule): a webhook registered and deleted again.
  const webhook = (await post('/webhooks', tokens.owner, { url: 'http://127.0.0.1:9/redelivery', eventTypes: ['report.overdue'] })).json.id as string;
  await stack.settled();
  await post(`/webhooks/${webhook}`, tokens.owner, undefined, 'DELETE');
  await post(`/cohorts/${ids.cohort}/networks/${ids.network}/members`, tokens.secretariat, { municipalityNumber: OWNER });
  await stack.settled();
  // PersonDeactivated (revokeLogin), once the invited person's login exists.
  await post(`/municipalities/${OWNER}/people/${ids.person}/deactivation`, tokens.secretariat);
  await post(`/municipalities/${OWNER}/absence-figures`, tokens.owner, { rows: ['2007Q1', '2007Q2', '2007Q3', '2007Q4'].map((period) => ({ period, lostDays: 130, agreedDays: 1000 })) });
  const reports = (await api(`/reports?cohortId=${ids.cohort}`, { token: tokens.secretariat })).json.reports as { id: string; dueDate: string }[];
  // The due day's sweep (ReportDue), then, once it is done, the 28th of the month (ReportOverdue): at
  // once, the later one would supersede the first and find the report past due before any sweep, held.
  stack.clock.fire('report-due-sweep', new Date(`${reports[0]!.dueDate}T05:00:00Z`));
  await stack.settled();
  stack.clock.fire('report-due-sweep', new Date(`${reports[0]!.dueDate.slice(0, 8)}28T05:00:00Z`));
  await stack.settled();
  await post(`/reports/${reports[0]!.id}/submission`, tokens.owner, { summary: 'Delprosjekter, organisering og milepæler for arbeidet.' });
  // ReportSignaturesMissing (remindSignatories): a project plan awaiting signatures meets the signature sweep, then is signed.
  await post(`/municipalities/${OWNER}/people`, tokens.owner, { name: 'Rita Rådmann', email: 'radmann-redelivery@verdal.kommune.no', roles: ['management'] });
  await stack.settled();
  stack.clock.fire('report-signature-sweep', new Date('2007-04-02T05:15:00Z'));
  await stack.settled();
  await signAll(stack, api, reports[0]!.id, OWNER);
  await post(`/reports/${reports[0]!.id}/review`, tokens.secretariat, { outcome: 'returned', comment: 'Mer om sykefravær' });
  await post(`/reports/${reports[0]!.id}/submission`, tokens.owner, { summary: 'Delprosjekter, organisering, milepæler og sykefravær.' });
  await signAll(stack, api, reports[0]!.id, OWNER);
  await post(`/reports/${reports[0]!.id}/review`, tokens.secretariat, { outcome: 'accepted', comment: 'Bra' });
  await stack.settled();
  // GrantDecided (the decision letter), and a status report with a goal value and a sub-project status (recordReportProgress records them).
  await post(`/grants/${ids.grant}/decision`, tokens.secretariat, { granted: 4_000_000, comment: 'Innvilget' });
  const status = (await api(`/reports?cohortId=${ids.cohort}`, { token: tokens.secretariat })).json.reports.find((r: { type: string }) => r.type === 'status-report') as { id: string };
  await post(`/reports/${status.id}/submission`, tokens.owner, {
    goalProgress: [{ goal: 'Heltid', progress: 'I gang.' }],
    sickLeaveCommentary: 'Ned.',
    goalValues: [{ goalId: ids.goal, value: 45, measuredOn: '2007-12-31' }],
    subProjectStatuses: [{ subProjectId: ids.subProject, status: 'on-track', note: 'Bra' }],
  });
  await stack.settled();
  // GatheringRegistrationCancelled and GatheringRegistrationMovedUp: one seat, a waiting list of one, the seat cancelled.
  const oneSeat = await storeGathering(stack.tableName, { hosts: { cohortIds: [ids.cohort!] }, capacity: { total: 1 } });
  const signUp = async (name: string) =>
    (await post(`/gatherings/${oneSeat.id}/registrations`, tokens.owner, { attendees: [{ name, email: `${name.toLowerCase()}@verdal.kommune.no` }] })).json.registrations[0].id as string;
  const seated = await signUp('Sete');
  await signUp('Venter');
  await post(`/gatherings/${oneSeat.id}/registrations/${seated}/cancellation`, tokens.owner!);
  await stack.settled();
  // GatheringReminderDue: the day before the example gatherings' first day (2099-09-01).
  stack.clock.fire('gathering-reminders', new Date('2099-08-31T05:30:00Z'));
  await stack.settled();
  // ApplicationWindowClosing: the other municipality's draft in the open cohort, on the last step's day.
  await post('/applications/drafts', tokens.other, { cohortId: ids.cohort, projectLeader: { name: 'Lise', email: 'redelivery-draft@levanger.kommune.no' } });
  stack.clock.fire('application-nudges', new Date('2007-03-12T05:30:00Z'));
  await stack.settled();
  // AbsenceFiguresReminderDue and AbsenceFiguresMissing: the first reminder day of 2009Q4, for which the owner has no figures.
  stack.clock.fire('upload-reminders', new Date('2010-01-31T05:15:00Z'));
  await stack.settled();
  // GrantDecided (the decision letter): the owner's grant application of the example set-up, granted.
  await post(`/grants/${ids.grant}/decision`, tokens.secretariat, bodies.decideGrant!());
  await stack.settled();
}, 120_000);

describe('redelivery', () => {
  it('exercised every subscription of the routing table', () => {
    const exercised = new Set(stack.bus.history.map((h) => `${h.event['detail-type']}→${h.functionName}`));
    const missing = eventSubscriptions.map((s) => `${s.event}→${s.function}`).filter((key) => !exercised.has(key));
    expect(missing).toEqual([]);
  });

  it('changes nothing when every event is delivered twice more', async () => {
    const before = await snapshot();
    const delivered = [...stack.bus.history].filter((h) => h.event['detail-type'] !== 'Scheduled Event');
    for (let round = 0; round < 2; round++) {
      for (const { functionName, event } of delivered) stack.bus.deliver(functionName, event, `redelivery ${event['detail-type']} → ${functionName}`);
      await stack.settled();
    }
    const after = await snapshot();
    expect(after.mail).toBe(before.mail);
    expect(after.items).toEqual(before.items);
    expect(stack.deadLetters.list()).toEqual([]);
    console.log(`redelivery: ${delivered.length} events delivered twice more (${delivered.length * 2} duplicates), no change`);
  });
});
