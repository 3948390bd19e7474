/**
 * Who is calling: the principal derived from a verified JWT's claims.
 *
 * Tokens are verified before this code runs (the API's JWT authorizer in AWS, the local
 * gateway on a developer machine); here the claims are only interpreted. Supported claim
 * shapes, and no others: the development issuer's `role`/`municipality`, and Cognito tokens
 * (`cognito:groups`, `custom:municipality`).
 */
export const ROLES = ['secretariat', 'advisor', 'municipality'] as const;
export type Role = (typeof ROLES)[number];

export type Principal =
  | { readonly role: 'secretariat'; readonly subject: string }
  | { readonly role: 'advisor'; readonly subject: string }
  | { readonly role: 'municipality'; readonly subject: string; readonly municipalityNumber: string };

export type Claims = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

export class UnrecognisedPrincipalError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnrecognisedPrincipalError';
  }
}

const MUNICIPALITY_NUMBER = /^\d{4}$/;

/** Maps verified claims to a principal, or explains why the token grants no programme role. */
export function principalFromClaims(claims: Claims): Principal {
  const subject = typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : undefined;
  if (!subject) throw new UnrecognisedPrincipalError('The token has no subject (sub)');

  const roles = rolesIn(claims);
  if (roles.length === 0) throw new UnrecognisedPrincipalError('The token carries no programme role');
  if (roles.length > 1) throw new UnrecognisedPrincipalError(`The token carries several roles: ${roles.join(', ')}`);
  const role = roles[0]!;

  if (role !== 'municipality') return { role, subject };

  const municipalityNumber = String(claims.municipality ?? claims['custom:municipality'] ?? '');
  if (!MUNICIPALITY_NUMBER.test(municipalityNumber)) {
    throw new UnrecognisedPrincipalError('A municipality token must carry a 4-digit municipality number');
  }
  return { role, subject, municipalityNumber };
}

/** True when the principal may see or change data belonging to the given municipality. */
export function mayActFor(principal: Principal, municipalityNumber: string): boolean {
  return principal.role !== 'municipality' || principal.municipalityNumber === municipalityNumber;
}

function rolesIn(claims: Claims): Role[] {
  const found = new Set<string>();
  if (typeof claims.role === 'string' && claims.role !== '') found.add(claims.role);
  for (const group of cognitoGroups(claims['cognito:groups'])) found.add(group);
  return ROLES.filter((role) => found.has(role));
}

/**
 * `cognito:groups` exactly as it arrives: a JSON array of strings in the token (Cognito ID and
 * access tokens; the local gateway passes it so), or, through API Gateway's HTTP API JWT
 * authorizer (payload v2), that array flattened to one string, `[a b]`: brackets, names
 * separated by single spaces. Cognito group names cannot contain whitespace, so that string
 * splits back unambiguously. Any other shape (a bare string, commas, a non-string element) is
 * not a group list and grants nothing: a group named `x,secretariat` is not `secretariat`.
 */
function cognitoGroups(value: Claims[string]): readonly string[] {
  if (Array.isArray(value)) return value.every((group) => typeof group === 'string') ? value : [];
  if (typeof value !== 'string') return [];
  const flattened = /^\[([^\s[\]]+(?: [^\s[\]]+)*)?\]$/.exec(value);
  return flattened?.[1] ? flattened[1].split(' ') : [];
}
