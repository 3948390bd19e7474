/** The programme's people (shared/people/model.ts) on the wire: invitations, role changes, deactivations. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { MUNICIPAL_ROLES, PERSON_ROLES, STAFF_ROLES } from '../platform/auth/principal.ts';
import { PERSON_STATUSES, type Person as PersonEntity } from './model.ts';

const ROLE_DESCRIPTIONS =
  'project-leader = prosjektleder; figures-uploader = the one who uploads the sick-leave figures (HR); management = rådmann/ledelsen; ' +
  'union-representative = hovedtillitsvalgt; elected-official = ordfører or another elected official; observer = reads the project';

/** A role of the list, or a 422 that names the role sent and the roles there are. */
const roleOf = (roles: readonly [string, ...string[]], who: string) =>
  z.enum(roles, { error: (issue) => `No role ${JSON.stringify(issue.input)} for ${who}; the roles are ${roles.join(', ')}` });

export const MunicipalRole = /* @__PURE__ */ schema(() => roleOf(MUNICIPAL_ROLES, 'a municipality').meta({ id: 'MunicipalRole', description: ROLE_DESCRIPTIONS }));
export const StaffRole = /* @__PURE__ */ schema(() =>
  roleOf(STAFF_ROLES, 'the secretariat').meta({ id: 'StaffRole', description: 'secretariat = the programme secretariat; advisor = veileder of networks; evaluator = researcher (aggregates only)' }),
);
export const PersonRole = /* @__PURE__ */ schema(() => z.enum(PERSON_ROLES as [string, ...string[]]).meta({ id: 'PersonRole' }));

const roleList = <R extends z.ZodType>(role: R) => z.array(role).min(1, 'Give at least one role').max(10);

export const PersonId = /* @__PURE__ */ schema(() => z.uuid().meta({ description: 'The person’s id' }));

export const InvitePersonRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(200).meta({ example: 'Kari Nordmann' }),
      email: z.email().max(254).meta({ example: 'kari.nordmann@verdal.kommune.no' }),
      roles: roleList(MunicipalRole).meta({ example: ['project-leader'] }),
    })
    .meta({ id: 'InvitePersonRequest' }),
);

export const InviteStaffRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(200).meta({ example: 'Ola Veileder' }),
      email: z.email().max(254).meta({ example: 'ola.veileder@ks.no' }),
      roles: roleList(StaffRole).meta({ example: ['advisor'] }),
    })
    .meta({ id: 'InviteStaffRequest' }),
);

const changeOf = <R extends z.ZodType>(role: R, id: string) =>
  z
    .object({ name: SingleLineText(200).optional(), roles: roleList(role).optional() })
    .refine((c) => c.name !== undefined || c.roles !== undefined, 'Send name and/or roles')
    .meta({ id });

export const ChangePersonRequest = /* @__PURE__ */ schema(() => changeOf(MunicipalRole, 'ChangePersonRequest'));
export const ChangeStaffRequest = /* @__PURE__ */ schema(() => changeOf(StaffRole, 'ChangeStaffRequest'));

export const Person = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      organisation: z.string().meta({ description: '`secretariat`, or the municipality’s number' }),
      roles: z.array(PersonRole),
      status: z.enum(PERSON_STATUSES).meta({ description: 'invited until the login exists; active; deactivated (its tokens are refused at once)' }),
      subject: z.string().optional().meta({ description: 'The login’s subject (Cognito sub), once it exists' }),
      invitedAt: IsoDateTime,
      invitedBy: z.string(),
      changedAt: IsoDateTime.optional(),
      deactivatedAt: IsoDateTime.optional(),
      deactivatedBy: z.string().optional(),
    })
    .meta({ id: 'Person' }),
);

export const PersonList = /* @__PURE__ */ schema(() => z.object({ people: z.array(Person) }).meta({ id: 'PersonList' }));

export const MunicipalityPersonParams = /* @__PURE__ */ schema(() => z.object({ number: MunicipalityNumber, personId: PersonId }));
export const StaffPersonParams = /* @__PURE__ */ schema(() => z.object({ personId: PersonId }));

export type InvitePersonRequest = z.infer<typeof InvitePersonRequest>;
export type ChangePersonRequest = z.infer<typeof ChangePersonRequest>;
export type Person = z.infer<typeof Person>;

/** The wire's person is the model's (compile-time only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
export type PersonSchemaMatchesModel = Assert<Same<Person, Mutable<Omit<PersonEntity, 'roles'>> & { roles: string[] }>>;
