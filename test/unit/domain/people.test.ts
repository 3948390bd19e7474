import { describe, expect, it } from 'vitest';
import { addRoles, changeRoles, deactivate, invite, projectLeaderChange, withLogin, type Person } from '../../../shared/people/index.ts';
import { checkedRoles, cognitoGroupOf } from '../../../shared/people/model.ts';
import { invitationMessage } from '../../../shared/people/emails.ts';
import { InvitePersonRequest } from '../../../shared/people/contract.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';

const context = { correlationId: 'c-1', now: new Date('2026-03-01T10:00:00Z'), by: 'secretariat-sub', name: 'Siri Sekretariat' };
const invited = (roles: string[] = ['project-leader'], organisation = '1721'): Person =>
  invite({ name: 'Kari Nordmann', email: 'Kari@Verdal.kommune.no', roles }, organisation, undefined, { ...context, id: `p-${roles.join('-')}` }).state;

function refusal(action: () => unknown): Refusal {
  try {
    action();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('Not refused');
}

describe('invite', () => {
  it('makes an invited person of the organisation, with PersonInvited', () => {
    const { state, events } = invite({ name: 'Kari', email: 'kari@verdal.kommune.no', roles: ['project-leader', 'figures-uploader'] }, '1721', undefined, { ...context, id: 'p1' });
    expect(state).toMatchObject({ id: 'p1', organisation: '1721', roles: ['project-leader', 'figures-uploader'], status: 'invited', invitedBy: 'secretariat-sub' });
    expect(events.map((e) => e.metadata.eventType)).toEqual(['PersonInvited']);
    expect(events[0]!.data).toMatchObject({ personId: 'p1', email: 'kari@verdal.kommune.no', inviterName: 'Siri Sekretariat' });
  });

  it('refuses an address that is a person already (409), whatever the case of its letters', () => {
    const existing = invited();
    const refused = refusal(() => invite({ name: 'Kari', email: 'kari@verdal.kommune.no', roles: ['observer'] }, '1721', existing, { ...context, id: 'p2' }));
    expect(refused.kind).toBe('conflict');
    expect(refused.message).toContain('already invited');
  });

  it('names a role that does not exist, at its pointer (422)', () => {
    const refused = refusal(() => invite({ name: 'Kari', email: 'k@v.no', roles: ['observer', 'mayor'] }, '1721', undefined, { ...context, id: 'p3' }));
    expect(refused.kind).toBe('invalid');
    expect(refused.fields).toEqual([{ pointer: '/roles/1', detail: expect.stringContaining('No role "mayor"') }]);
  });

  it('keeps staff roles and municipal roles apart', () => {
    expect(refusal(() => checkedRoles('1721', ['advisor'])).fields[0]!.detail).toContain('for a municipality');
    expect(refusal(() => checkedRoles('secretariat', ['project-leader'])).fields[0]!.detail).toContain('for the secretariat');
    expect(checkedRoles('secretariat', ['advisor', 'evaluator'])).toEqual(['advisor', 'evaluator']);
  });

  it('refuses no role and a role twice', () => {
    expect(refusal(() => checkedRoles('1721', [])).fields[0]!.detail).toBe('Give at least one role');
    expect(refusal(() => checkedRoles('1721', ['observer', 'observer'])).fields[0]!.detail).toContain('repeated: observer');
  });
});

describe('the wire schema', () => {
  it('names an unknown role in its 422', () => {
    const parsed = InvitePersonRequest.safeParse({ name: 'Kari', email: 'k@v.no', roles: ['ordfører'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['roles', 0], message: expect.stringContaining('No role "ordfører" for a municipality; the roles are project-leader') });
  });
});

describe('the last project leader', () => {
  it('cannot lose the role while it is the only one (409)', () => {
    const refused = refusal(() => changeRoles(invited(), { roles: ['observer'] }, 1, context));
    expect(refused.kind).toBe('conflict');
    expect(refused.message).toContain('would have no project leader');
  });

  it('can lose it when another project leader remains', () => {
    const { state, events } = changeRoles(invited(), { roles: ['observer'] }, 2, context);
    expect(state.roles).toEqual(['observer']);
    expect(events[0]!.data).toMatchObject({ roles: ['observer'], previousRoles: ['project-leader'] });
    expect(projectLeaderChange(invited(), state)).toBe(-1);
  });

  it('cannot be deactivated while it is the only one (409), can when another remains', () => {
    expect(refusal(() => deactivate(invited(), 1, context)).kind).toBe('conflict');
    const { state, events } = deactivate(invited(), 2, context);
    expect(state).toMatchObject({ status: 'deactivated', deactivatedBy: 'secretariat-sub' });
    expect(events.map((e) => e.metadata.eventType)).toEqual(['PersonDeactivated']);
  });

  it('does not guard people who are not project leaders, nor the secretariat', () => {
    expect(deactivate(invited(['observer']), 0, context).state.status).toBe('deactivated');
    expect(deactivate(invited(['advisor'], 'secretariat'), 0, context).state.status).toBe('deactivated');
  });
});

describe('changes', () => {
  it('store nothing when nothing changes', () => {
    const person = invited(['observer']);
    expect(changeRoles(person, { roles: ['observer'] }, 1, context)).toEqual({ state: person, events: [] });
  });

  it('refuse a deactivated person (409); a second deactivation changes nothing', () => {
    const gone = deactivate(invited(['observer']), 0, context).state;
    expect(refusal(() => changeRoles(gone, { name: 'Kari N.' }, 1, context)).kind).toBe('conflict');
    expect(deactivate(gone, 0, context)).toEqual({ state: gone, events: [] });
  });

  it('add an application’s roles to a person already known, once', () => {
    const person = invited(['observer']);
    const added = addRoles(person, ['management'], 1, context);
    expect(added.state.roles).toEqual(['observer', 'management']);
    expect(addRoles(added.state, ['management'], 1, context).events).toEqual([]);
  });

  it('make an invited person active with its login, never a deactivated one', () => {
    expect(withLogin(invited(), 'sub-1')).toMatchObject({ status: 'active', subject: 'sub-1' });
    const gone = deactivate(invited(['observer']), 0, context).state;
    expect(withLogin(gone, 'sub-1')).toBe(gone);
  });

  it('put staff in their role’s Cognito group, municipalities’ people in `municipality`', () => {
    expect(cognitoGroupOf(invited(['advisor'], 'secretariat'))).toBe('advisor');
    expect(cognitoGroupOf(invited(['observer']))).toBe('municipality');
  });
});

describe('the invitation', () => {
  const base = { name: 'Kari Nordmann', email: 'kari@verdal.kommune.no', roles: ['project-leader', 'figures-uploader'] as const, municipalityName: 'Verdal' };

  it('is in bokmål or nynorsk, names the roles and carries the confirmation code', () => {
    const nb = invitationMessage({ ...base, confirmation: { token: 'CODE123', expiresAt: '2026-03-04T10:00:00Z' } }, 'nb');
    expect(nb.template).toBe('person-invitation');
    expect(nb.text).toContain('som prosjektleder og ansvarlig for opplasting av sykefraværstall (HR) for Verdal kommune');
    expect(nb.text).toContain('CODE123');
    expect(nb.text).toContain('«Glemt passord»');
    expect(nb.text).toContain('obligatorisk');
    const nn = invitationMessage({ ...base, confirmation: { token: 'CODE123', expiresAt: '2026-03-04T10:00:00Z' } }, 'nn');
    expect(nn.language).toBe('nn');
    expect(nn.text).toContain('som prosjektleiar og ansvarleg for opplasting av sjukefråværstal (HR)');
    expect(nn.text).toContain('Stadfest først e-postadressa di');
  });

  it('has no code for a trusted address, and names the earlier code when one went before', () => {
    expect(invitationMessage(base, 'nb').text).not.toContain('Bekreft');
    expect(invitationMessage({ ...base, confirmation: 'sent' }, 'nb').text).toContain('koden vi har sendt deg i en egen melding');
  });
});
