/**
 * The access directory: the few items that turn a verified token into a principal, read on
 * every authenticated request. The platform owns their keys and shapes; the capabilities that
 * decide them write them in their own transactions (people: a person's login, with its roles
 * and whether it is active; municipalities: an organisation number's municipality; networks:
 * the municipalities an advisor follows).
 *
 * | item                                         | key                                                  |
 * | -------------------------------------------- | ---------------------------------------------------- |
 * | a person's login (roles, active), by subject | pk LOGIN#<sub>, sk LOGIN                              |
 * | an organisation number's municipality        | pk ORGANISATION#<organisation number>, sk MUNICIPALITY |
 * | a municipality an advisor follows            | pk ADVISOR#<personId>, sk MUNICIPALITY#<nr>#<networkId> |
 *
 * One strongly consistent GetItem per request (a person, a machine client), and one Query more
 * for an advisor: a deactivated person's next request is refused, whatever its token says.
 */
import { programmeTable, type Table } from '../dynamodb/table.ts';
import {
  identityFromClaims,
  SCOPES,
  type Claims,
  type MunicipalRole,
  type PersonRole,
  type Principal,
  type Scope,
  type StaffRole,
  STAFF_ROLES,
} from './principal.ts';

/** The login of a person: who it is and what it may do, kept beside the person by the people capability. */
export interface Login {
  readonly personId: string;
  readonly name: string;
  /** `secretariat` for the programme's own staff; otherwise the municipality's number. */
  readonly organisation: 'secretariat' | string;
  readonly roles: readonly PersonRole[];
  readonly active: boolean;
}

export const directoryKeys = {
  login: (subject: string) => ({ pk: `LOGIN#${subject}`, sk: 'LOGIN' }),
  organisation: (organisationNumber: string) => ({ pk: `ORGANISATION#${organisationNumber}`, sk: 'MUNICIPALITY' }),
  advisorMunicipality: (personId: string, municipalityNumber: string, networkId: string) => ({ pk: `ADVISOR#${personId}`, sk: `MUNICIPALITY#${municipalityNumber}#${networkId}` }),
  advisorPartition: (personId: string) => `ADVISOR#${personId}`,
} as const;

/** Why a token, though valid, grants nothing: 401 for a person no longer active, 403 otherwise. */
export class AccessRefused extends Error {
  readonly status: 401 | 403;
  constructor(status: 401 | 403, reason: string) {
    super(reason);
    this.name = 'AccessRefused';
    this.status = status;
  }
}

export class AccessDirectory {
  readonly #table: Table;
  constructor(table: Table) {
    this.#table = table;
  }

  /** The principal a verified token's claims stand for; AccessRefused (or UnrecognisedPrincipalError) when none. */
  async principalOf(claims: Claims): Promise<Principal> {
    const identity = identityFromClaims(claims);
    if (identity.kind === 'machine-token') {
      const mapped = await this.#table.get<{ municipalityNumber: string }>(directoryKeys.organisation(identity.organisationNumber));
      if (!mapped) {
        throw new AccessRefused(
          403,
          `No municipality of the register has organisation number ${identity.organisationNumber} (consumer 0192:${identity.organisationNumber}); the secretariat sets it with PATCH /municipalities/{number}`,
        );
      }
      const scopes = identity.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
      if (scopes.length === 0) throw new AccessRefused(403, `The token has none of the API's scopes (${SCOPES.join(', ')}); it has ${identity.scopes.join(' ') || 'none'}`);
      return { kind: 'machine', subject: identity.subject, organisationNumber: identity.organisationNumber, municipalityNumber: mapped.value.municipalityNumber, scopes, supplier: identity.supplier };
    }

    const login = (await this.#table.get<Login>(directoryKeys.login(identity.subject)))?.value;
    if (!login) {
      // The operator's bootstrap accounts: a Cognito group, no person record (README, "Deploying").
      if (identity.bootstrapSecretariat) return { kind: 'staff', role: 'secretariat', subject: identity.subject, personId: undefined };
      throw new AccessRefused(403, 'The token names no person of the programme: the secretariat or the municipality’s project leader invites people');
    }
    if (!login.active) throw new AccessRefused(401, 'The person this token was issued to has been deactivated');

    if (login.organisation === 'secretariat') {
      const role = STAFF_ROLES.find((r) => login.roles.includes(r));
      if (!role) throw new AccessRefused(403, 'The person has no role in the secretariat');
      const base = { kind: 'staff', subject: identity.subject, personId: login.personId, name: login.name } as const;
      if (role !== 'advisor') return { ...base, role: role as Exclude<StaffRole, 'advisor'> };
      return { ...base, role, advises: await this.advisedBy(login.personId) };
    }
    const roles = login.roles.filter((r): r is MunicipalRole => !(STAFF_ROLES as readonly string[]).includes(r));
    return { kind: 'person', subject: identity.subject, personId: login.personId, name: login.name, municipalityNumber: login.organisation, roles };
  }

  /** The municipalities of the networks an advisor follows. */
  async advisedBy(personId: string): Promise<ReadonlySet<string>> {
    const items = await this.#table.query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': directoryKeys.advisorPartition(personId) },
      ProjectionExpression: 'sk',
      ConsistentRead: true,
    });
    return new Set(items.map((item) => String(item.sk).split('#')[1]!));
  }
}

let directory: AccessDirectory | undefined;
/** The directory of the programme table (TABLE_NAME), made on first use. */
export const accessDirectory = (): AccessDirectory => (directory ??= new AccessDirectory(programmeTable()));

/** The login item of a subject, as the people capability writes it (and test fixtures do). */
export function loginItem(subject: string, login: Login): Record<string, unknown> {
  return { ...directoryKeys.login(subject), ...login };
}

/** The item that maps an organisation number to its municipality (written with the municipality's profile). */
export function organisationItem(organisationNumber: string, municipalityNumber: string): Record<string, unknown> {
  return { ...directoryKeys.organisation(organisationNumber), municipalityNumber };
}

/** The item that lets an advisor see one member of a network it advises (written with the network). */
export function advisorMunicipalityItem(personId: string, municipalityNumber: string, networkId: string): Record<string, unknown> {
  return { ...directoryKeys.advisorMunicipality(personId, municipalityNumber, networkId), personId, municipalityNumber, networkId };
}
