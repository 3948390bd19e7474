/** Sign-up and attendance: the wire schemas, checked against registrations.ts's types. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDate, IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { GatheringId } from './contract.ts';
import { ATTENDANCE, REGISTRATION_STATUSES, type MissedGatherings, type Registration as RegistrationRecord } from './registrations.ts';

const Uuid = (what: string) => z.string().regex(/^[0-9a-f-]{36}$/, `A ${what} id is a UUID`);

export const RegistrationParams = /* @__PURE__ */ schema(() => z.object({ gatheringId: GatheringId, registrationId: Uuid('registration') }));

export const AttendeeRequest = /* @__PURE__ */ schema(() =>
  z
    .union([
      z.object({ personId: Uuid('person').meta({ description: 'A person of the municipality (GET /municipalities/{number}/people)' }) }).strict(),
      z.object({ name: SingleLineText(200).meta({ example: 'Kari Nordmann' }), email: z.email().max(254).meta({ example: 'kari.nordmann@verdal.kommune.no' }) }).strict(),
    ])
    .meta({ id: 'AttendeeRequest', description: 'A person of the municipality, or a name and an address (not for an audience limited to a role)' }),
);

export const RegistrationRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      municipalityNumber: MunicipalityNumber.optional().meta({ description: 'Required for the secretariat (signing up on a municipality’s behalf); a municipality’s own people may leave it out' }),
      sessionId: Uuid('session').optional().meta({ description: 'Required when the gathering has sessions' }),
      attendees: z.array(AttendeeRequest).min(1).max(20),
    })
    .strict()
    .meta({ id: 'RegistrationRequest' }),
);

const Attendee = /* @__PURE__ */ schema(() => z.object({ personId: z.string().optional(), name: z.string(), email: z.string() }));

export const Registration = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      gatheringId: z.string(),
      municipalityNumber: MunicipalityNumber,
      sessionId: z.string().optional(),
      attendee: Attendee,
      status: z.enum(REGISTRATION_STATUSES).meta({ description: 'registered = on a seat; waitlisted = on the waiting list (see position); cancelled' }),
      position: z.number().int().min(1).optional().meta({ description: 'The place on the waiting list (1 first, never reused)' }),
      attendance: z.enum(ATTENDANCE).optional(),
      walkIn: z.boolean().optional(),
      registeredAt: IsoDateTime,
      registeredBy: z.string(),
      movedUpAt: IsoDateTime.optional(),
      cancelledAt: IsoDateTime.optional(),
      cancelledBy: z.string().optional(),
    })
    .meta({ id: 'GatheringRegistration' }),
);

export const RegistrationResult = /* @__PURE__ */ schema(() => z.object({ registrations: z.array(Registration) }).meta({ id: 'GatheringRegistrations' }));

export const RegistrationList = /* @__PURE__ */ schema(() =>
  z
    .object({
      gatheringId: z.string(),
      seats: z.object({
        taken: z.number().int(),
        total: z.number().int().optional(),
        bySession: z.record(z.string(), z.number().int()),
      }),
      registrations: z.array(Registration),
    })
    .meta({ id: 'GatheringRegistrationList', description: 'The registrations the caller may see (a municipality: its own), and the seats taken in all' }),
);

export const AttendanceRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      records: z.array(z.object({ registrationId: Uuid('registration'), attendance: z.enum(ATTENDANCE) }).strict()).max(80).default([]),
      walkIns: z
        .array(z.object({ municipalityNumber: MunicipalityNumber, name: SingleLineText(200), email: z.email().max(254).optional() }).strict())
        .max(10)
        .default([])
        .meta({ description: 'People who came without signing up: recorded as attended' }),
    })
    .strict()
    .meta({ id: 'AttendanceRequest', description: 'Who attended: attended or absent per registration (the ones not named keep what they had), and walk-ins. Send more in further requests.' }),
);

export const AttendanceResult = /* @__PURE__ */ schema(() =>
  z
    .object({ gatheringId: z.string(), attendedBy: z.array(MunicipalityNumber), recordedAt: IsoDateTime, registrations: z.array(Registration) })
    .meta({ id: 'GatheringAttendance' }),
);

export const MissedGatheringsQuery = /* @__PURE__ */ schema(() => z.object({ municipalityNumber: MunicipalityNumber.optional() }));

export const MissedGatheringsList = /* @__PURE__ */ schema(() =>
  z
    .object({
      participants: z.array(
        z.object({
          municipalityNumber: MunicipalityNumber,
          municipalityName: z.string(),
          expected: z.number().int().meta({ description: 'Ended gatherings with recorded attendance whose audience it was in' }),
          missed: z.array(z.object({ gatheringId: z.string(), title: z.string(), kind: z.string(), firstDay: IsoDate, lastDay: IsoDate })),
        }),
      ),
    })
    .meta({ id: 'MissedGatherings', description: 'Per participant, the gatherings it was expected at and those no attendee of it attended' }),
);

/** Both ways assignable (compile-time only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type RegistrationSchemaMatchesModel = Assert<Same<z.infer<typeof Registration>, RegistrationRecord>>;
/** The wire form is assignable to the model's (the model's lists are readonly). */
export type MissedSchemaMatchesModel = Assert<z.infer<typeof MissedGatheringsList>['participants'][number] extends MissedGatherings ? true : false>;
