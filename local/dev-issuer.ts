/**
 * The development token issuer: an RS256 key pair kept in the state folder, so tokens printed
 * by `npm run token` stay valid across restarts. The local gateway verifies tokens against it
 * with the rules of API Gateway's JWT authorizer (HTTP API), which verifies Cognito or
 * Maskinporten tokens in AWS, so that a token shape accepted here is one AWS accepts too:
 * - an RSA signature only (the authorizer supports RSA-based algorithms only), by the key whose
 *   `kid` the token's header names (a header without `kid` is refused, even with one key);
 * - `iss` the issuer; `aud` one of the audiences, or, only when `aud` is absent, `client_id`;
 * - `exp` present and in the future, `nbf` (when present) and `iat` (when present) not in the
 *   future; `iat` allows IAT_SKEW_SECONDS for a minting clock slightly ahead;
 * - no scope check: no route of the routing table declares authorization scopes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { StaffRole } from '#shared/platform/auth/principal.ts';

/** The group a development token carries: a staff role, or `municipality` (as Cognito's groups). */
export type TokenGroup = StaffRole | 'municipality';

export const DEV_ISSUER = 'urn:kvalitetskommune:local-dev-issuer';
export const DEV_AUDIENCE = 'kvalitetskommune-api';
const ALGORITHM = 'RS256';
/** The RSA algorithms API Gateway's JWT authorizer verifies. */
const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512'];
/** How far ahead of the gateway's clock a token's `iat` may be. */
export const IAT_SKEW_SECONDS = 30;

export interface DevIssuer {
  readonly jwks: { keys: JWK[] };
  /** `issuer`/`audience` default to the development issuer's; tests override them to get tokens that must be refused. */
  issue(claims: { role: TokenGroup; municipality?: string; subject?: string; expiresIn?: string; issuer?: string; audience?: string }): Promise<string>;
  /**
   * A Cognito-shaped token of a person's login (an ID token's claims: `sub`, `email`,
   * `cognito:groups`, `custom:municipality`), as the local Cognito stand-in's user has them.
   */
  issueForPerson(user: { sub: string; email: string; groups: readonly string[]; municipality?: string | undefined; name?: string | undefined }, expiresIn?: string): Promise<string>;
  /** Verifies as the JWT authorizer does (see the file's comment); resolves to the claims. */
  verify(token: string): Promise<JWTPayload>;
}

export class TokenRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TokenRefusedError';
  }
}

/** The key file in a state folder (tests that must mint a malformed token read it). */
export const signingKeyFile = (stateDir: string) => join(stateDir, 'dev-issuer', 'signing-key.json');

export async function loadDevIssuer(stateDir: string): Promise<DevIssuer> {
  const file = signingKeyFile(stateDir);
  // A key from before RS256 (ES256) is replaced: tokens it signed would not be accepted in AWS either.
  if (!existsSync(file) || (JSON.parse(readFileSync(file, 'utf8')) as JWK).kty !== 'RSA') {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true, modulusLength: 2048 });
    const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM, use: 'sig' };
    mkdirSync(join(stateDir, 'dev-issuer'), { recursive: true });
    writeFileSync(file, JSON.stringify(jwk, null, 2), { mode: 0o600 });
  }
  const privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const signingKey = await importJWK(privateJwk, ALGORITHM);
  const jwks = { keys: [publicJwk] };
  const keySet = createLocalJWKSet(jwks);
  const verified = new VerifiedTokens();

  return {
    jwks,
    async issue({ role, municipality, subject, expiresIn = '12h', issuer = DEV_ISSUER, audience = DEV_AUDIENCE }) {
      return new SignJWT({ role, ...(municipality ? { municipality } : {}) })
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid!, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(subject ?? (municipality ? `kommune-${municipality}` : `${role}-dev`))
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(signingKey);
    },
    async issueForPerson(user, expiresIn = '12h') {
      return new SignJWT({
        email: user.email,
        email_verified: true,
        'cognito:groups': [...user.groups],
        token_use: 'id',
        ...(user.name ? { name: user.name } : {}),
        ...(user.municipality ? { 'custom:municipality': user.municipality } : {}),
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid!, typ: 'JWT' })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setSubject(user.sub)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(signingKey);
    },
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      let header;
      try {
        header = decodeProtectedHeader(token);
      } catch {
        throw new TokenRefusedError('The token is not a JWT');
      }
      if (typeof header.alg !== 'string' || !ACCEPTED_ALGORITHMS.includes(header.alg)) {
        throw new TokenRefusedError(`The token is signed with ${String(header.alg)}; only RSA signatures (${ACCEPTED_ALGORITHMS.join(', ')}) are accepted`);
      }
      if (typeof header.kid !== 'string' || header.kid === '') throw new TokenRefusedError('The token header has no kid');
      if (!jwks.keys.some((key) => key.kid === header.kid)) throw new TokenRefusedError(`No key of the issuer has kid ${header.kid}`);
      const { payload } = await jwtVerify(token, keySet, { issuer: DEV_ISSUER, algorithms: ACCEPTED_ALGORITHMS, requiredClaims: ['exp'] });
      checkAudience(payload);
      checkIssuedAt(payload);
      verified.add(token, payload);
      return payload;
    },
  };
}

/** `aud` decides when present; `client_id` (Cognito access tokens) only when it is absent. */
function checkAudience(payload: JWTPayload): void {
  if (payload.aud !== undefined) {
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!audiences.includes(DEV_AUDIENCE)) throw new TokenRefusedError(`The token's aud (${audiences.join(', ')}) is not ${DEV_AUDIENCE}`);
    return;
  }
  if (payload.client_id !== DEV_AUDIENCE) throw new TokenRefusedError(`The token has neither aud nor client_id ${DEV_AUDIENCE}`);
}

/** jose checks `iat` only against a maximum token age; the authorizer refuses one in the future. */
function checkIssuedAt(payload: JWTPayload): void {
  if (payload.iat === undefined) return;
  if (typeof payload.iat !== 'number') throw new TokenRefusedError('The token\'s iat is not a number');
  if (payload.iat > Date.now() / 1000 + IAT_SKEW_SECONDS) throw new TokenRefusedError('The token\'s iat is in the future');
}

/**
 * Tokens verified in full, so that a client sending the same token again (every request of a
 * session) costs a lookup instead of an RSA verification: the local gateway shares one event
 * loop with the functions, where API Gateway's authorizer runs apart from them in AWS. A token is
 * the exact string verified, and the key never changes while the process runs; only the
 * time-dependent claims are checked again. A token that is expired or not yet valid is verified
 * in full, so it is refused exactly as before.
 */
class VerifiedTokens {
  static readonly LIMIT = 10_000;
  readonly #payloads = new Map<string, JWTPayload>();

  get(token: string): JWTPayload | undefined {
    const payload = this.#payloads.get(token);
    if (!payload) return undefined;
    const now = Math.floor(Date.now() / 1000);
    if ((payload.exp !== undefined && payload.exp <= now) || (payload.nbf !== undefined && payload.nbf > now)) {
      this.#payloads.delete(token);
      return undefined;
    }
    return payload;
  }

  add(token: string, payload: JWTPayload): void {
    if (this.#payloads.size >= VerifiedTokens.LIMIT) this.#payloads.delete(this.#payloads.keys().next().value!);
    this.#payloads.set(token, Object.freeze(payload));
  }
}
