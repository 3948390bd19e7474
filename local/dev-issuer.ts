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
 * - the scope check is the gateway's (local/gateway.ts), per route, as API Gateway's.
 *
 * It signs two kinds of token with the same key, told apart by their issuer as AWS tells
 * Cognito's from Maskinporten's: people's (Cognito-shaped, DEV_ISSUER) for the people listener,
 * and municipal systems' (Maskinporten-shaped, DEV_MASKINPORTEN_ISSUER) for the machine
 * listener. Each listener verifies against its own trust, so one kind is refused on the other.
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
/** The development stand-in for Maskinporten: another issuer, so the listeners tell the tokens apart as AWS does. */
export const DEV_MASKINPORTEN_ISSUER = 'urn:kvalitetskommune:local-dev-maskinporten';
/** The audience a municipal system asks Maskinporten for (`resource`); the CDK default's placeholder too. */
export const DEV_MASKINPORTEN_AUDIENCE = 'https://api.kvalitetskommune.example/';
/** Maskinporten's consumer authority: ISO 6523 actor ids; `0192` is the Norwegian organisation number's code. */
export const CONSUMER_AUTHORITY = 'iso6523-actorid-upis';

/** What a listener trusts: the JWT authorizer's issuer and audiences. */
export interface TokenTrust {
  readonly issuer: string;
  readonly audience: readonly string[];
}
export const PEOPLE_TRUST: TokenTrust = { issuer: DEV_ISSUER, audience: [DEV_AUDIENCE] };
export const MACHINE_TRUST: TokenTrust = { issuer: DEV_MASKINPORTEN_ISSUER, audience: [DEV_MASKINPORTEN_AUDIENCE] };

/** A Maskinporten-shaped token's contents (`npm run token -- maskinporten …`). */
export interface MachineTokenRequest {
  /** The consumer: the municipality's 9-digit organisation number. */
  readonly organisationNumber: string;
  /** Scopes as granted, any strings (a refusal names the ones a route needs). */
  readonly scopes: readonly string[];
  /** A vendor's organisation number when it acts for the consumer (delegation in Maskinporten). */
  readonly supplier?: string | undefined;
  /** The Maskinporten client (integration) id; default one per organisation. */
  readonly clientId?: string | undefined;
  readonly expiresIn?: string | undefined;
  /** Overrides, for tests that need a token some listener must refuse. */
  readonly issuer?: string | undefined;
  readonly audience?: string | undefined;
}
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
  /** A Maskinporten-shaped token: consumer 0192:<organisation number>, scope, optional supplier, client_id, jti. */
  issueMachine(request: MachineTokenRequest): Promise<string>;
  /** Verifies as the JWT authorizer trusting `trust` does (see the file's comment; default the people's); resolves to the claims. */
  verify(token: string, trust?: TokenTrust): Promise<JWTPayload>;
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
  // One cache per trust: a token verified for one listener proves nothing on the other.
  const verifiedBy = new Map<string, VerifiedTokens>();

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
    async issueMachine({ organisationNumber, scopes, supplier, clientId, expiresIn = '2m', issuer = DEV_MASKINPORTEN_ISSUER, audience = DEV_MASKINPORTEN_AUDIENCE }) {
      // Maskinporten's access token (its documentation, "The access token"); 2 minutes is its usual lifetime, --expires gives more.
      return new SignJWT({
        scope: scopes.join(' '),
        consumer: { authority: CONSUMER_AUTHORITY, ID: `0192:${organisationNumber}` },
        ...(supplier ? { supplier: { authority: CONSUMER_AUTHORITY, ID: `0192:${supplier}` } } : {}),
        client_id: clientId ?? `dev-client-${organisationNumber}`,
        token_type: 'Bearer',
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid!, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .setJti(randomUUID())
        .sign(signingKey);
    },
    async verify(token, trust = PEOPLE_TRUST) {
      let verified = verifiedBy.get(trust.issuer);
      if (!verified) verifiedBy.set(trust.issuer, (verified = new VerifiedTokens()));
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
      const { payload } = await jwtVerify(token, keySet, { issuer: trust.issuer, algorithms: ACCEPTED_ALGORITHMS, requiredClaims: ['exp'] });
      checkAudience(payload, trust.audience);
      checkIssuedAt(payload);
      verified.add(token, payload);
      return payload;
    },
  };
}

/** `aud` decides when present; `client_id` (Cognito access tokens) only when it is absent. */
function checkAudience(payload: JWTPayload, accepted: readonly string[]): void {
  if (payload.aud !== undefined) {
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!audiences.some((aud) => accepted.includes(aud))) throw new TokenRefusedError(`The token's aud (${audiences.join(', ')}) is not ${accepted.join(' or ')}`);
    return;
  }
  if (typeof payload.client_id !== 'string' || !accepted.includes(payload.client_id)) throw new TokenRefusedError(`The token has neither aud nor client_id ${accepted.join(' or ')}`);
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
