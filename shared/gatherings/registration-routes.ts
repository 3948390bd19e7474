/**
 * Sign-up and attendance: what it deploys, declared once (plain data). The lead's
 * shared/gatherings/routes.ts spreads these lists into the gatherings capability.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration, type ScheduleDeclaration, type SubscriptionDeclaration } from '../platform/declarations.ts';
import { GatheringChanged, GatheringRegistrationCancelled, GatheringRegistrationMovedUp, GatheringReminderDue } from '../event-catalogue.ts';
import { GatheringParams } from './contract.ts';
import {
  AttendanceRequest,
  AttendanceResult,
  MissedGatheringsList,
  MissedGatheringsQuery,
  Registration,
  RegistrationList,
  RegistrationParams,
  RegistrationRequest,
  RegistrationResult,
} from './registration-contract.ts';

export const registerForGathering = {
  function: {
    name: 'registerForGathering',
    entry: 'functions/gatherings/register-for-gathering.ts',
    purpose: 'a municipality signs attendees up for a gathering (a seat, or the waiting list)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  method: 'POST',
  path: '/gatherings/{gatheringId}/registrations',
  access: /* @__PURE__ */ allow(PROJECT_LEADER, 'secretariat'),
  summary: 'Sign attendees up (its people, or name and email): a seat while every capacity has room, else the waiting list',
  contract: {
    params: GatheringParams,
    body: RegistrationRequest,
    success: { status: 201, description: 'One registration per attendee, registered or waitlisted (with its position), in the order given', schema: RegistrationResult },
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const listRegistrations = {
  function: {
    name: 'listRegistrations',
    entry: 'functions/gatherings/list-registrations.ts',
    purpose: 'a gathering’s registrations and waiting list',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/gatherings/{gatheringId}/registrations',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'The registrations (a municipality sees its own, an advisor its networks’ members) and the seats taken',
  contract: {
    params: GatheringParams,
    success: { status: 200, description: 'The registrations, waitlisted ones with their positions', schema: RegistrationList },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const cancelRegistration = {
  function: {
    name: 'cancelRegistration',
    entry: 'functions/gatherings/cancel-registration.ts',
    purpose: 'cancel a registration (its seat goes to the waiting list)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/gatherings/{gatheringId}/registrations/{registrationId}/cancellation',
  access: /* @__PURE__ */ allow(PROJECT_LEADER, 'secretariat'),
  summary: 'Cancel a registration: the municipality before the deadline, the secretariat until the gathering ends; the first waitlisted moves up',
  contract: {
    params: RegistrationParams,
    success: { status: 200, description: 'The cancelled registration; a freed seat moves the waiting list up asynchronously', schema: Registration },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const recordAttendance = {
  function: {
    name: 'recordAttendance',
    entry: 'functions/gatherings/record-attendance.ts',
    purpose: 'the secretariat records who attended a gathering',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'PUT',
  path: '/gatherings/{gatheringId}/attendance',
  access: ['secretariat'],
  summary: 'Record attended or absent per registration, and walk-ins; from the gathering’s first day',
  contract: {
    params: GatheringParams,
    body: AttendanceRequest,
    success: { status: 200, description: 'The attendance as recorded, and the municipalities that attended', schema: AttendanceResult },
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const getMissedGatherings = {
  function: {
    name: 'getMissedGatherings',
    entry: 'functions/gatherings/get-missed-gatherings.ts',
    purpose: 'per participant, the gatherings it was expected at and missed',
    grants: ['table:read'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  method: 'GET',
  path: '/overview/missed-gatherings',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'Per participant: the ended gatherings with recorded attendance it was in the audience of, and those none of its people attended',
  contract: {
    query: MissedGatheringsQuery,
    success: { status: 200, description: 'The participants the caller may see (a municipality: itself; an advisor: its networks’ members)', schema: MissedGatheringsList },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const moveUpWaitingList = {
  function: {
    name: 'moveUpWaitingList',
    entry: 'functions/gatherings/move-up-waiting-list.ts',
    purpose: 'On GatheringRegistrationCancelled with a freed seat, or GatheringChanged in its capacity or sessions: the first waitlisted registrations that fit take the free seats',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 60,
  },
  consumes: [GatheringRegistrationCancelled, GatheringChanged],
} as const satisfies SubscriptionDeclaration;

export const sendRegistrationMail = {
  function: {
    name: 'sendRegistrationMail',
    entry: 'functions/gatherings/send-registration-mail.ts',
    purpose: 'On GatheringRegistrationMovedUp: the attendee and the project leader learn of the seat; on GatheringReminderDue: the attendee is reminded',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [GatheringRegistrationMovedUp, GatheringReminderDue],
} as const satisfies SubscriptionDeclaration;

export const gatheringReminderSchedule = {
  function: {
    name: 'runGatheringReminders',
    entry: 'functions/gatherings/run-gathering-reminders.ts',
    purpose: 'Every morning: registered attendees of gatherings whose reminder day has come are reminded, once per registration and step',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 1,
  },
  name: 'gathering-reminders',
  cron: { minute: '30', hour: '5' },
  description: 'Daily at 05:30 UTC: reminders to the registered attendees of upcoming gatherings (shared/gatherings/registration-reminders.json)',
} as const satisfies ScheduleDeclaration;

export const registrationRoutes = [registerForGathering, listRegistrations, cancelRegistration, recordAttendance, getMissedGatherings] as const;
export const registrationSubscriptions = [moveUpWaitingList, sendRegistrationMail] as const;
export const registrationSchedules = [gatheringReminderSchedule] as const;
