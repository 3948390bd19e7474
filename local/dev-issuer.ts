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
      const { payload } = await jwtVerify(token, keySet, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: [ALGORITHM] });
      return payload;
    },
  };
}
