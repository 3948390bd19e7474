/**
 * The development token issuer: an ES256 key pair kept in the state folder, so tokens printed
 * by `npm run token` stay valid across restarts. The local gateway verifies tokens against it
 * exactly as API Gateway's JWT authorizer verifies Cognito or Maskinporten tokens in AWS.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { Role } from '#shared/auth/principal.ts';

export const DEV_ISSUER = 'urn:kvalitetskommune:local-dev-issuer';
export const DEV_AUDIENCE = 'kvalitetskommune-api';
const ALGORITHM = 'ES256';

export interface DevIssuer {
  readonly jwks: { keys: JWK[] };
  /** `issuer`/`audience` default to the development issuer's; tests override them to get tokens that must be refused. */
  issue(claims: { role: Role; municipality?: string; subject?: string; expiresIn?: string; issuer?: string; audience?: string }): Promise<string>;
  /** Verifies signature, issuer, audience and expiry; resolves to the claims. */
  verify(token: string): Promise<JWTPayload>;
}

export async function loadDevIssuer(stateDir: string): Promise<DevIssuer> {
  const file = join(stateDir, 'dev-issuer', 'signing-key.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM };
    mkdirSync(join(stateDir, 'dev-issuer'), { recursive: true });
    writeFileSync(file, JSON.stringify(jwk, null, 2), { mode: 0o600 });
  }
  const privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = privateJwk;
  const signingKey = await importJWK(privateJwk, ALGORITHM);
  const jwks = { keys: [publicJwk] };
  const keySet = createLocalJWKSet(jwks);
  const verified = new VerifiedTokens();

  return {
    jwks,
    async issue({ role, municipality, subject, expiresIn = '12h', issuer = DEV_ISSUER, audience = DEV_AUDIENCE }) {
      return new SignJWT({ role, ...(municipality ? { municipality } : {}) })
        .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid! })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(subject ?? (municipality ? `kommune-${municipality}` : `${role}-dev`))
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(signingKey);
    },
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      const { payload } = await jwtVerify(token, keySet, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: [ALGORITHM] });
      verified.add(token, payload);
      return payload;
    },
  };
}

/**
 * Tokens whose signature, issuer and audience were verified, so that a client sending the same
 * token again (every request of a session) costs a lookup instead of an ECDSA verification: the
 * local gateway shares one event loop with the functions, where API Gateway's authorizer runs
 * apart from them in AWS. A token is the exact string verified, and the key never changes while
 * the process runs; only the time-dependent claims are checked again. A token that is expired or
 * not yet valid is verified in full, so it is refused exactly as before.
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
