/**
 * The pure commands of reports, notifications and email confirmations: each answers the state
 * to store and the events to store with it, or refuses. (Their effect end to end is in the
 * e2e tests of reports, email confirmation and dead letters.)
 */
import { describe, expect, it } from 'vitest';
import ladderFile from '../../../shared/reports/reminder-ladder.json' with { type: 'json' };
import { catchUp, moveDueDate, review, sign, signatureSweep, SignatoryRefused, submit, sweep } from '../../../shared/reports/commands.ts';
import { ReminderLadder } from '../../../shared/reports/contract.ts';
import type { Report } from '../../../shared/reports/model.ts';
import { coalescedNotifications, queuedNotifications, released, retry } from '../../../shared/notifications/commands.ts';
import { confirm, enteredAddress, requestConfirmation } from '../../../shared/email-confirmations/commands.ts';
import { tokenHashOf } from '../../../shared/email-confirmations/model.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';

const ladder = ReminderLadder.parse(ladderFile);
const now = new Date('2031-03-01T08:00:00.000Z');
const context = { by: 'secretariat-user', correlationId: 'corr-1', now };

const report = (overrides: Partial<Report> = {}): Report => ({
  id: 'a'.repeat(32),
  cohortId: 'cohort-1',
  cohortName: 'Pulje 1',
  municipalityNumber: '1721',
  municipalityName: 'Verdal',
  type: 'project-plan',
  title: 'Prosjektplan',
  dueDate: '2031-03-15',
  status: 'upcoming',
  remindersSent: [],
  remindersSkipped: [],
  remindersFrom: '2031-01-01',
  remindersHeld: false,
  history: [{ at: '2031-01-01T00:00:00.000Z', status: 'upcoming', dueDate: '2031-03-15' }],
  ...overrides,
});

describe('report commands', () => {
  it('submit: a complete status report becomes submitted, with ReportSubmitted; an incomplete one is refused with its fields', () => {
    const body = { goalProgress: [{ goal: 'Nærvær', progress: 'Opp' }], sickLeaveCommentary: 'Ned i pleie og omsorg.' };
    const { state, events } = submit(report({ type: 'status-report' }), body, context);
    expect(state).toMatchObject({ status: 'submitted', submittedAt: now.toISOString(), submission: { goalProgress: body.goalProgress, attachments: [] } });
    expect(state.history.at(-1)).toEqual({ at: now.toISOString(), status: 'submitted', by: 'secretariat-user' });
    expect(events.map((e) => [e.metadata.eventType, e.metadata.correlationId, e.data])).toEqual([
      ['ReportSubmitted', 'corr-1', { reportId: state.id, cohortId: 'cohort-1', municipalityNumber: '1721', type: 'status-report', submittedAt: now.toISOString() }],
    ]);
    expect(() => submit(report(), {}, context)).toThrow(expect.objectContaining({ kind: 'invalid', fields: [expect.objectContaining({ pointer: '/summary' })] }));
    expect(() => submit(report({ status: 'accepted' }), {}, context)).toThrow(Refusal);
  });

  it('submit: a project plan or final evaluation awaits the three signatures (ReportAwaitingSignatures, no ReportSubmitted)', () => {
    const { state, events } = submit(report(), { summary: 'Delprosjekt A og B, med styringsgruppe og milepælar.' }, context);
    expect(state).toMatchObject({ status: 'awaiting-signatures', signatures: [], missingRoles: ['management', 'union-representative', 'elected-official'], submittedAt: now.toISOString() });
    expect(events.map((e) => e.metadata.eventType)).toEqual(['ReportAwaitingSignatures']);
    expect(events[0]!.data).toMatchObject({ reportId: state.id, type: 'project-plan', missingRoles: ['management', 'union-representative', 'elected-official'] });
    const final = submit(report({ type: 'final-evaluation' }), { goalProgress: [{ goal: 'Nærvær', progress: 'Opp' }], sickLeaveCommentary: 'Ned.', lessonsLearnt: 'Mye.' }, context);
    expect(final.state.status).toBe('awaiting-signatures');
  });

  describe('sign', () => {
    const signer = (role: string, municipalityNumber = '1721') => ({ personId: `p-${role}`, name: `N ${role}`, municipalityNumber, roles: [role] });
    const awaiting = () => submit(report(), { summary: 'Delprosjekt A og B, med styringsgruppe og milepælar.' }, context).state;

    it('records the person and time; the third signature submits, with ReportSubmitted in the same change', () => {
      let state = awaiting();
      const first = sign(state, 'management', signer('management'), context);
      expect(first.state).toMatchObject({ status: 'awaiting-signatures', signatures: [{ role: 'management', personId: 'p-management', name: 'N management', signedAt: now.toISOString() }], missingRoles: ['union-representative', 'elected-official'] });
      expect(first.events.map((e) => e.metadata.eventType)).toEqual(['ReportSigned']);
      expect(first.state.history.at(-1)).toMatchObject({ signedAs: 'management', status: 'awaiting-signatures' });
      state = sign(first.state, 'elected-official', signer('elected-official'), context).state;
      const third = sign(state, 'union-representative', signer('union-representative'), context);
      expect(third.state).toMatchObject({ status: 'submitted', missingRoles: [] });
      expect(third.events.map((e) => e.metadata.eventType)).toEqual(['ReportSigned', 'ReportSubmitted']);
    });

    it('refuses a signer without the role or of another municipality (SignatoryRefused, naming the role), a role twice and a report not awaiting (409)', () => {
      const state = awaiting();
      expect(() => sign(state, 'management', signer('union-representative'), context)).toThrow(SignatoryRefused);
      expect(() => sign(state, 'management', signer('union-representative'), context)).toThrow(/management/);
      expect(() => sign(state, 'management', signer('management', '1719'), context)).toThrow(SignatoryRefused);
      const once = sign(state, 'management', signer('management'), context).state;
      expect(() => sign(once, 'management', signer('management'), context)).toThrow(expect.objectContaining({ kind: 'conflict' }));
      expect(() => sign(report({ status: 'submitted' }), 'management', signer('management'), context)).toThrow(expect.objectContaining({ kind: 'conflict' }));
      expect(() => sign(report(), 'management', signer('management'), context)).toThrow(expect.objectContaining({ kind: 'conflict' }));
    });

    it('a change after a signature voids them and says so; a change before any voids nothing', () => {
      const signed = sign(awaiting(), 'management', signer('management'), context).state;
      const changed = submit(signed, { summary: 'Endret: delprosjekt A, B og C, med styringsgruppe.' }, context);
      expect(changed.state).toMatchObject({ status: 'awaiting-signatures', signatures: [], missingRoles: ['management', 'union-representative', 'elected-official'] });
      expect(changed.state.history.at(-1)).toMatchObject({ signaturesVoided: ['management'], comment: expect.stringContaining('void') });
      expect(changed.events.map((e) => e.metadata.eventType)).toEqual(['ReportSignaturesVoided', 'ReportAwaitingSignatures']);
      expect(changed.events[0]!.data).toMatchObject({ voided: [{ role: 'management', personId: 'p-management' }], reason: expect.any(String) });
      expect(submit(changed.state, { summary: 'Endret igjen: delprosjekt A, B og C.' }, context).events.map((e) => e.metadata.eventType)).toEqual(['ReportAwaitingSignatures']);
    });

    it('the signature sweep: one ReportSignaturesMissing per report and day, none once signed or submitted', () => {
      const state = sign(awaiting(), 'management', signer('management'), context).state;
      const first = signatureSweep(state, '2031-03-02', context);
      if (typeof first === 'string') throw new Error(first);
      expect(first.events.map((e) => e.data)).toEqual([{ reportId: state.id, municipalityNumber: '1721', missingRoles: ['union-representative', 'elected-official'], sweptOn: '2031-03-02' }]);
      expect(signatureSweep(first.state, '2031-03-02', context)).toBe('unchanged');
      expect(signatureSweep(first.state, '2031-03-01', context)).toBe('unchanged');
      expect(signatureSweep(first.state, '2031-03-03', context)).not.toBe('unchanged');
      expect(signatureSweep(report({ status: 'submitted' }), '2031-03-03', context)).toBe('leave-index');
    });
  });

  it('review: only a submitted report, accepted or returned with its event', () => {
    const { state, events } = review(report({ status: 'submitted' }), { outcome: 'returned', comment: 'Mangler mål' }, context);
    expect(state).toMatchObject({ status: 'returned', review: { outcome: 'returned', comment: 'Mangler mål', by: 'secretariat-user', at: now.toISOString() } });
    expect(events.map((e) => [e.metadata.eventType, e.data])).toEqual([['ReportReturned', { reportId: state.id, comment: 'Mangler mål', by: 'secretariat-user' }]]);
    expect(review(report({ status: 'submitted' }), { outcome: 'accepted', comment: 'Bra' }, context).events[0]!.metadata.eventType).toBe('ReportAccepted');
    expect(() => review(report(), { outcome: 'accepted', comment: 'Bra' }, context)).toThrow(Refusal);
  });

  it('moveDueDate: the status of the new date on the sweep day, reminders weighed again from the next sweep, no event', () => {
    const clock = { day: '2031-02-28', at: '2031-02-28T05:00:00.000Z' };
    const { state, events } = moveDueDate(report({ remindersSent: ['before-14'], remindersSkipped: ['x'], remindersHeld: true }), { dueDate: '2031-02-27' }, clock, context);
    expect(state).toMatchObject({ dueDate: '2031-02-27', status: 'overdue', remindersSent: ['before-14'], remindersSkipped: [], remindersFrom: '2031-03-01', remindersHeld: false });
    expect(events).toEqual([]);
    expect(() => moveDueDate(report({ status: 'submitted' }), { dueDate: '2031-04-01' }, clock, context)).toThrow(Refusal);
  });

  it('sweep: a report no longer waiting leaves the index; one whose step has come gets its letter event', () => {
    expect(sweep(report({ status: 'submitted' }), ladder, '2031-03-01', context)).toEqual({ change: 'leave-index' });
    const step = sweep(report(), ladder, '2031-03-01', context);
    expect(step).toMatchObject({ change: 'reminded', remindersDone: false, skipped: 0, state: { remindersSent: [ladder.steps[0]!.id] } });
    expect(step.change === 'reminded' && step.events.map((e) => [e.metadata.eventType, e.data.stepId, e.data.sweptOn])).toEqual([['ReportDue', ladder.steps[0]!.id, '2031-03-01']]);
    expect(sweep(step.change === 'reminded' ? step.state : report(), ladder, '2031-03-01', context)).toEqual({ change: 'unchanged' });
  });

  it('catchUp: a held report gets one ReportOverdue to its project leader only; one no longer held nothing', () => {
    const held = report({ dueDate: '2031-01-01', status: 'overdue', remindersHeld: true });
    const caught = catchUp(held, ladder, '2031-03-01', context)!;
    expect(caught.state.remindersHeld).toBe(false);
    expect(caught.events.map((e) => [e.metadata.eventType, e.data.notify])).toEqual([['ReportOverdue', ['project-leader']]]);
    expect(caught.outcome).toMatchObject({ reportId: held.id, daysPastDue: 59, stepId: caught.events[0]!.data.stepId });
    expect(catchUp(report(), ladder, '2031-03-01', context)).toBeUndefined();
  });
});

describe('notification commands', () => {
  const message = { template: 't', to: [{ address: 'A@x.no' }, { name: 'B', address: 'b@x.no' }], subject: 's', text: 'x', language: 'nb' as const };
  const cause = { eventId: 'ev-1', eventType: 'ReportDue' };

  it('queuedNotifications: one per recipient, each with NotificationQueued, ids from cause, template and address', () => {
    const [first, second] = queuedNotifications(message, cause, now);
    expect(first!.state).toMatchObject({ status: 'queued', attempts: 0, correlationId: 'ev-1', recipient: { address: 'A@x.no' } });
    expect(second!.state.recipient).toEqual({ name: 'B', address: 'b@x.no' });
    expect(first!.events.map((e) => [e.metadata.eventType, e.data.notificationId])).toEqual([['NotificationQueued', first!.state.id]]);
    expect(queuedNotifications({ ...message, to: [{ address: 'a@x.no' }] }, cause, now)[0]!.state.id).toBe(first!.state.id);
    expect(coalescedNotifications(message, cause, 'over the cap', now).map((c) => [c.state.status, c.state.heldBack, c.events])).toEqual([
      ['coalesced', 'over the cap', []],
      ['coalesced', 'over the cap', []],
    ]);
  });

  it('retry refuses all but a failed notification; released keeps the notification’s correlation id', () => {
    const [queued] = queuedNotifications(message, { ...cause, correlationId: 'corr-n' }, now);
    expect(() => retry(queued!.state, { correlationId: 'corr-r', now })).toThrow(Refusal);
    expect(retry({ ...queued!.state, status: 'failed' }, { correlationId: 'corr-r', now }).events[0]!.metadata.correlationId).toBe('corr-r');
    expect(released(queued!.state, { correlationId: 'corr-c', now }).events[0]!.metadata.correlationId).toBe('corr-n');
  });
});

describe('email confirmation commands', () => {
  it('enteredAddress: a municipality’s address is typed and asked to confirm, the secretariat’s trusted', () => {
    const entered = { address: ' Kari@Verdal.no ', municipalityNumber: '1721', typedIn: 'application' as const };
    const typed = enteredAddress({ ...entered, by: 'municipality' }, { correlationId: 'c', now });
    expect(typed.state).toEqual({ address: 'kari@verdal.no', trust: 'typed' });
    expect(typed.events.map((e) => [e.metadata.eventType, e.data.address])).toEqual([['EmailAddressTyped', 'kari@verdal.no']]);
    expect(enteredAddress({ ...entered, by: 'secretariat' }, { correlationId: 'c', now })).toEqual({ state: { address: 'kari@verdal.no', trust: 'trusted' }, events: [] });
  });

  it('requestConfirmation: a code only for a pending address without a live one; confirm by the code’s state', () => {
    expect(requestConfirmation({ address: 'a@x.no', status: 'trusted', updatedAt: '' }, 'a@x.no', now)).toBeUndefined();
    expect(requestConfirmation({ address: 'a@x.no', status: 'pending', tokenExpiresAt: '2031-03-02T00:00:00.000Z', updatedAt: '' }, 'a@x.no', now)).toBeUndefined();
    const request = requestConfirmation({ address: 'a@x.no', status: 'pending', updatedAt: '' }, 'A@x.no', now)!;
    expect(request.code).toEqual({ address: 'a@x.no', tokenHash: tokenHashOf(request.token), expiresAt: '2031-03-04T08:00:00.000Z' });
    const token = { address: 'a@x.no', expiresAt: request.code.expiresAt };
    expect(confirm(token, { correlationId: 'c', now })).toMatchObject({ outcome: 'confirm', confirmedAt: now.toISOString(), events: [{ data: { address: 'a@x.no' } }] });
    expect(confirm({ ...token, usedAt: 'u' }, { correlationId: 'c', now })).toEqual({ outcome: 'used', confirmedAt: 'u' });
    expect(confirm(token, { correlationId: 'c', now: new Date('2031-03-05T00:00:00.000Z') })).toEqual({ outcome: 'expired' });
  });
});
