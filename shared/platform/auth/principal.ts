/**
 * Who is calling: the programme's actors, and what a verified token says about them.
 *
 * Tokens are verified before this code runs (API Gateway's JWT authorizers in AWS, the local
 * gateway on a developer machine); here the claims are only read (`identityFromClaims`), and
 * access.ts resolves the identity to a principal against the table: a person's roles and
 * whether the person is still active are the table's, never the token's, so a role change or a
 * deactivation takes effect on the next request, not when the token expires.
 *
 * Two kinds of token:
 * - a person's (Cognito, or the development issuer's Cognito-shaped token): `sub`, and for the
 *   secretariat's bootstrap accounts (created in Cognito by the operator, no person record) the
 *   group `secretariat`;
 * - a machine's (Maskinporten, or the development issuer's Maskinporten-shaped token):
 *   `consumer` `0192:<organisation number>`, `scope`, optionally `supplier`, `client_id`.
 */

/** People of the programme's own organisation (the secretariat's staff, advisors, evaluators). */
export const STAFF_ROLES = ['secretariat', 'advisor', 'evaluator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * People of a municipality. The steering group's three parties (management = rådmann/ledelsen,
 * union-representative = hovedtillitsvalgt, elected-official = ordfører or another elected
 * official) use the application's names for them.
 */
export const MUNICIPAL_ROLES = ['project-leader', 'figures-uploader', 'management', 'union-representative', 'elected-official', 'observer'] as const;
export type MunicipalRole = (typeof MUNICIPAL_ROLES)[number];

export type PersonRole = StaffRole | MunicipalRole;
export const PERSON_ROLES: readonly PersonRole[] = [...STAFF_ROLES, ...MUNICIPAL_ROLES];

/** The Maskinporten scopes the API defines; a route lists those that may call it. */
export const SCOPES = ['kvalitetskommune:figures.write', 'kvalitetskommune:figures.read', 'kvalitetskommune:reports.read', 'kvalitetskommune:webhooks.manage'] as const;
export type Scope = (typeof SCOPES)[number];

/** What a route's access lists: roles of people, and scopes of machine clients. */
export type Actor = PersonRole | Scope;

export type Principal = StaffPrincipal | PersonPrincipal | MachinePrincipal;

export interface StaffPrincipal {
  readonly kind: 'staff';
  readonly role: StaffRole;
  readonly subject: string;
  /** Undefined for the secretariat's bootstrap accounts (a Cognito group, no person record). */
  readonly personId: string | undefined;
  readonly name?: string | undefined;
  /** An advisor's municipalities: the members of the networks it advises. */
  readonly advises?: ReadonlySet<string>;
}

export interface PersonPrincipal {
  readonly kind: 'person';
  readonly subject: string;
  readonly personId: string;
  readonly name?: string | undefined;
  readonly municipalityNumber: string;
  readonly roles: readonly MunicipalRole[];
}

export interface MachinePrincipal {
  readonly kind: 'machine';
  /** The Maskinporten client (`client_id`), or the consumer when the token names none. */
  readonly subject: string;
  readonly organisationNumber: string;
  readonly municipalityNumber: string;
  readonly scopes: readonly Scope[];
  /** A vendor acting for the municipality: recorded (audit), never widening access. */
  readonly supplier: string | undefined;
}

/** What the token alone says, before the table is asked. */
export type TokenIdentity =
  | { readonly kind: 'person-token'; readonly subject: string; readonly bootstrapSecretariat: boolean }
  | {
      readonly kind: 'machine-token';
      readonly subject: string;
      readonly organisationNumber: string;
      /** Every scope in the token, known to the API or not (a refusal names the ones a route needs). */
      readonly scopes: readonly string[];
      readonly supplier: string | undefined;
    };

export type Claims = Readonly<Record<string, unknown>>;

export class UnrecognisedPrincipalError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnrecognisedPrincipalError';
  }
}

const ORGANISATION_NUMBER = /^\d{9}$/;

/** Reads a verified token's claims; refuses shapes that name no actor. */
export function identityFromClaims(claims: Claims): TokenIdentity {
  if (claims.consumer !== undefined) return machineIdentity(claims);
  const subject = typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : undefined;
  if (!subject) throw new UnrecognisedPrincipalError('The token has no subject (sub)');
  const groups = new Set(cognitoGroups(claims['cognito:groups']));
  if (typeof claims.role === 'string') groups.add(claims.role);
  return { kind: 'person-token', subject, bootstrapSecretariat: groups.has('secretariat') };
}

/**
 * A Maskinporten token: `consumer` is `{ authority: 'iso6523-actorid-upis', ID: '0192:<orgnr>' }`
 * (0192 is the Norwegian organisation number's ISO 6523 code). Through API Gateway's JWT
 * authorizer an object claim arrives as a string: as Go prints a map, `map[ID:0192:… authority:…]`
 * (reported from AWS, aws/aws-lambda-go#570; the local gateway passes it so), or as JSON text
 * (what some emulators pass). Every form is read.
 */
function machineIdentity(claims: Claims): TokenIdentity {
  const consumer = objectClaim(claims.consumer);
  const id = typeof consumer?.ID === 'string' ? consumer.ID : '';
  const [authority, organisationNumber] = id.split(':');
  if (authority !== '0192' || !organisationNumber || !ORGANISATION_NUMBER.test(organisationNumber)) {
    throw new UnrecognisedPrincipalError(`The token's consumer.ID (${id || 'missing'}) is not 0192:<9-digit organisation number>`);
  }
  const supplierId = objectClaim(claims.supplier)?.ID;
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  const clientId = typeof claims.client_id === 'string' && claims.client_id !== '' ? claims.client_id : id;
  return { kind: 'machine-token', subject: clientId, organisationNumber, scopes, supplier: typeof supplierId === 'string' ? supplierId : undefined };
}

function objectClaim(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === 'string' && value.startsWith('map[')) return goMap(value);
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * A flat object as Go's fmt prints it: `map[key:value key:value]`, values without spaces (the
 * ISO 6523 ids and authorities of Maskinporten's `consumer` and `supplier`); a key ends at the
 * first colon, so `ID:0192:971040823` is ID = 0192:971040823. Anything else is not a map.
 */
function goMap(text: string): Record<string, unknown> | undefined {
  const inner = /^map\[([^[\]]*)\]$/.exec(text)?.[1];
  if (inner === undefined) return undefined;
  const entries: [string, string][] = [];
  for (const pair of inner.split(' ').filter(Boolean)) {
    const colon = pair.indexOf(':');
    if (colon <= 0) return undefined;
    entries.push([pair.slice(0, colon), pair.slice(colon + 1)]);
  }
  return Object.fromEntries(entries);
}

/** What the principal brings to a route's access list: its role(s), or its scopes. */
export function actorsOf(principal: Principal): readonly Actor[] {
  if (principal.kind === 'staff') return [principal.role];
  if (principal.kind === 'person') return principal.roles;
  return principal.scopes;
}

/** The municipality a person or machine client belongs to; undefined for staff. */
export function municipalityOf(principal: Principal | undefined): string | undefined {
  return principal && principal.kind !== 'staff' ? principal.municipalityNumber : undefined;
}

/**
 * True when the principal may see or change data belonging to the given municipality: its own
 * people and machines, an advisor for the members of its networks, the secretariat for all.
 * An evaluator reads aggregates only, never one municipality's data.
 */
export function mayActFor(principal: Principal, municipalityNumber: string): boolean {
  if (principal.kind !== 'staff') return principal.municipalityNumber === municipalityNumber;
  if (principal.role === 'secretariat') return true;
  if (principal.role === 'advisor') return principal.advises?.has(municipalityNumber) ?? false;
  return false;
}

/** The municipalities the principal may see, or `all` (the secretariat). */
export function visibleMunicipalities(principal: Principal): 'all' | ReadonlySet<string> {
  if (principal.kind !== 'staff') return new Set([principal.municipalityNumber]);
  if (principal.role === 'secretariat') return 'all';
  if (principal.role === 'advisor') return principal.advises ?? new Set();
  return new Set();
}

/** Who the principal is, for a tenant-scoped key (rate counters, idempotency records). */
export function tenantOf(principal: Principal): string {
  return principal.kind === 'staff' ? principal.role : `municipality:${principal.municipalityNumber}`;
}

/**
 * `cognito:groups` exactly as it arrives: a JSON array of strings in the token (Cognito ID and
 * access tokens; the local gateway passes it so), or, through API Gateway's HTTP API JWT
 * authorizer (payload v2), that array flattened to one string, `[a b]`: brackets, names
 * separated by single spaces. Cognito group names cannot contain whitespace, so that string
 * splits back unambiguously. Any other shape (a bare string, commas, a non-string element) is
 * not a group list and grants nothing: a group named `x,secretariat` is not `secretariat`.
 */
function cognitoGroups(value: unknown): readonly string[] {
  if (Array.isArray(value)) return value.every((group) => typeof group === 'string') ? value : [];
  if (typeof value !== 'string') return [];
  const flattened = /^\[([^\s[\]]+(?: [^\s[\]]+)*)?\]$/.exec(value);
  return flattened?.[1] ? flattened[1].split(' ') : [];
}

/**
 * The access lists routes are declared with (shared/<capability>/routes.ts), named for what
 * they let a municipality's people do. A figures uploader (HR) is in the figures lists only: it
 * uploads and reads its municipality's figures, and nothing else.
 */
/** Apply, submit reports, manage the municipality's people: the project leader only. */
export const PROJECT_LEADER = ['project-leader'] as const satisfies readonly MunicipalRole[];
/** Read the municipality's project (applications, reports, status): its leader, the steering group's parties, observers. */
export const PROJECT_READERS = ['project-leader', 'management', 'union-representative', 'elected-official', 'observer'] as const satisfies readonly MunicipalRole[];
/** Upload figures: the figures uploader and the project leader. */
export const FIGURES_UPLOADERS = ['figures-uploader', 'project-leader'] as const satisfies readonly MunicipalRole[];
/** Read the municipality's figures: everyone of the project and the figures uploader. */
export const FIGURES_READERS = ['project-leader', 'figures-uploader', 'management', 'union-representative', 'elected-official', 'observer'] as const satisfies readonly MunicipalRole[];
export const municipalAccess = { projectLeader: PROJECT_LEADER, readProject: PROJECT_READERS, uploadFigures: FIGURES_UPLOADERS, readFigures: FIGURES_READERS } as const;

/**
 * A route's access list from named lists and single actors. Called as `/* @__PURE__ *\/ allow(…)`
 * in a declaration: a bundle that does not use the declaration drops it (a spread or a property
 * access would keep it, and with it the route's schemas).
 */
export function allow(...parts: readonly (Actor | readonly Actor[])[]): readonly Actor[] {
  return parts.flatMap((part) => (typeof part === 'string' ? [part] : part));
}

/**
 * Who did it, as a record says (an upload's uploadedBy): the token's subject for people; for a
 * machine client its Maskinporten client, the consumer it acts for and the supplier acting on
 * the consumer's behalf, if any: the supplier is recorded, and grants nothing.
 */
export function recordedAs(principal: Principal): string {
  if (principal.kind !== 'machine') return principal.subject;
  return `maskinporten:${principal.subject} consumer=0192:${principal.organisationNumber}${principal.supplier ? ` supplier=${principal.supplier}` : ''}`;
}

/** The staff role, or `municipality` for a municipality's people and systems: who entered something (an address's trust). */
export function callerKind(principal: Principal): StaffRole | 'municipality' {
  return principal.kind === 'staff' ? principal.role : 'municipality';
}
