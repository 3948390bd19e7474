/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 *
 * A municipality's people are managed by the secretariat and by the municipality's own project
 * leaders (the authorize middleware answers 404 to anyone who may not act for {number}); the
 * secretariat's staff (advisors, evaluators, its own members) by the secretariat only.
 */
import type { RouteDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { PROJECT_LEADER, allow } from '../platform/auth/principal.ts';
import { MunicipalityAdmitted, PersonDeactivated, PersonInvited } from '../event-catalogue.ts';
import { MunicipalityParams } from '../municipalities/contract.ts';
import { ChangePersonRequest, ChangeStaffRequest, InvitePersonRequest, InviteStaffRequest, MunicipalityPersonParams, Person, PersonList, StaffPersonParams } from './contract.ts';

const MANAGES_MUNICIPALITY = /* @__PURE__ */ allow(PROJECT_LEADER, 'secretariat');
const WRITES = ['table:read', 'table:write', 'table:idempotency'] as const;

export const listPeople = {
  function: { name: 'listPeople', entry: 'functions/people/list-people.ts', purpose: 'a municipality’s people and their roles', grants: ['table:read'] },
  method: 'GET',
  path: '/municipalities/{number}/people',
  access: MANAGES_MUNICIPALITY,
  summary: 'The municipality’s people, with their roles and status',
  contract: { params: MunicipalityParams, success: { status: 200, description: 'The people (deactivated ones too)', schema: PersonList }, problems: [404] },
} as const satisfies RouteDeclaration;

export const invitePerson = {
  function: { name: 'invitePerson', entry: 'functions/people/invite-person.ts', purpose: 'invite a person of the municipality with roles', grants: WRITES },
  method: 'POST',
  path: '/municipalities/{number}/people',
  access: MANAGES_MUNICIPALITY,
  summary: 'Invite a person of the municipality (the login is created and a Norwegian invitation sent)',
  contract: {
    params: MunicipalityParams,
    body: InvitePersonRequest,
    success: { status: 201, description: 'The person, invited', schema: Person, location: '/municipalities/{number}/people/{personId}' },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const getPerson = {
  function: { name: 'getPerson', entry: 'functions/people/get-person.ts', purpose: 'one person of a municipality (where invitePerson’s Location points)', grants: ['table:read'] },
  method: 'GET',
  path: '/municipalities/{number}/people/{personId}',
  access: MANAGES_MUNICIPALITY,
  summary: 'One person of the municipality',
  contract: { params: MunicipalityPersonParams, success: { status: 200, description: 'The person', schema: Person }, problems: [404] },
} as const satisfies RouteDeclaration;

export const changePerson = {
  function: { name: 'changePerson', entry: 'functions/people/change-person.ts', purpose: 'change a person’s roles or name', grants: WRITES },
  method: 'PATCH',
  path: '/municipalities/{number}/people/{personId}',
  access: MANAGES_MUNICIPALITY,
  summary: 'Change a person’s roles and/or name (the last project leader keeps the role: 409)',
  contract: { params: MunicipalityPersonParams, body: ChangePersonRequest, success: { status: 200, description: 'The person with the change', schema: Person }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const deactivatePerson = {
  function: { name: 'deactivatePerson', entry: 'functions/people/deactivate-person.ts', purpose: 'deactivate a person (its tokens are refused at once)', grants: WRITES },
  method: 'POST',
  path: '/municipalities/{number}/people/{personId}/deactivation',
  access: MANAGES_MUNICIPALITY,
  summary: 'Deactivate a person: its tokens answer 401 from the next request on (the last project leader: 409)',
  contract: { params: MunicipalityPersonParams, success: { status: 200, description: 'The person, deactivated (a repeat answers the same)', schema: Person }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const listStaff = {
  function: { name: 'listStaff', entry: 'functions/people/list-staff.ts', purpose: 'the secretariat’s staff (secretariat members, advisors, evaluators)', grants: ['table:read'] },
  method: 'GET',
  path: '/staff',
  access: ['secretariat'],
  summary: 'The programme’s own people: secretariat members, advisors and evaluators',
  contract: { success: { status: 200, description: 'The staff (deactivated ones too)', schema: PersonList }, problems: [] },
} as const satisfies RouteDeclaration;

export const inviteStaff = {
  function: { name: 'inviteStaff', entry: 'functions/people/invite-staff.ts', purpose: 'invite a secretariat member, advisor or evaluator', grants: WRITES },
  method: 'POST',
  path: '/staff',
  access: ['secretariat'],
  summary: 'Invite a person of the secretariat (advisor, evaluator or secretariat member)',
  contract: { body: InviteStaffRequest, success: { status: 201, description: 'The person, invited', schema: Person, location: '/staff/{personId}' }, problems: [409] },
} as const satisfies RouteDeclaration;

export const getStaff = {
  function: { name: 'getStaff', entry: 'functions/people/get-staff.ts', purpose: 'one person of the secretariat (where inviteStaff’s Location points)', grants: ['table:read'] },
  method: 'GET',
  path: '/staff/{personId}',
  access: ['secretariat'],
  summary: 'One person of the secretariat',
  contract: { params: StaffPersonParams, success: { status: 200, description: 'The person', schema: Person }, problems: [404] },
} as const satisfies RouteDeclaration;

export const changeStaff = {
  function: { name: 'changeStaff', entry: 'functions/people/change-staff.ts', purpose: 'change a staff member’s roles or name', grants: WRITES },
  method: 'PATCH',
  path: '/staff/{personId}',
  access: ['secretariat'],
  summary: 'Change a staff member’s roles and/or name',
  contract: { params: StaffPersonParams, body: ChangeStaffRequest, success: { status: 200, description: 'The person with the change', schema: Person }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const deactivateStaff = {
  function: { name: 'deactivateStaff', entry: 'functions/people/deactivate-staff.ts', purpose: 'deactivate a staff member (its tokens are refused at once)', grants: WRITES },
  method: 'POST',
  path: '/staff/{personId}/deactivation',
  access: ['secretariat'],
  summary: 'Deactivate a staff member: its tokens answer 401 from the next request on',
  contract: { params: StaffPersonParams, success: { status: 200, description: 'The person, deactivated (a repeat answers the same)', schema: Person }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const createLogin = {
  function: {
    name: 'createLogin',
    entry: 'functions/people/create-login.ts',
    purpose: 'On PersonInvited: create the Cognito user (group, municipality), write the login, send the Norwegian invitation',
    grants: ['table:read', 'table:write', 'table:idempotency', 'people:manage'],
    timeoutSeconds: 30,
  },
  consumes: [PersonInvited],
} as const satisfies SubscriptionDeclaration;

export const revokeLogin = {
  function: {
    name: 'revokeLogin',
    entry: 'functions/people/revoke-login.ts',
    purpose: 'On PersonDeactivated: disable the Cognito user and sign it out everywhere (the login was refused already)',
    grants: ['table:idempotency', 'people:manage'],
    timeoutSeconds: 30,
  },
  consumes: [PersonDeactivated],
} as const satisfies SubscriptionDeclaration;

export const invitePeopleOfApplication = {
  function: {
    name: 'invitePeopleOfApplication',
    entry: 'functions/people/invite-people-of-application.ts',
    purpose: 'On MunicipalityAdmitted: the application’s project leader and steering group become people of the municipality',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 30,
  },
  consumes: [MunicipalityAdmitted],
} as const satisfies SubscriptionDeclaration;

export const routes = [listPeople, invitePerson, getPerson, changePerson, deactivatePerson, listStaff, inviteStaff, getStaff, changeStaff, deactivateStaff] as const;
export const subscriptions = [createLogin, revokeLogin, invitePeopleOfApplication] as const;
