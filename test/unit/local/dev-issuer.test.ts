import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER, loadDevIssuer, signingKeyFile } from '../../../local/dev-issuer.ts';

const folders: string[] = [];
const issuerIn = () => loadDevIssuer(newFolder());
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kvk-dev-issuer-'));
  folders.push(folder);
  return folder;
};

/** Signs what the caller asks for with the issuer's own key: shapes `issue` never mints. */
async function mintWithDevKey(folder: string, header: Record<string, unknown>, claims: Record<string, unknown>): Promise<string> {
  const jwk = JSON.parse(readFileSync(signingKeyFile(folder), 'utf8')) as JWK;
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', ...header }).sign(await importJWK(jwk, 'RS256'));
}

describe('the development issuer', () => {
  afterEach(() => {
    vi.useRealTimers();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('verifies a token again from its first verification, with the same claims', async () => {
    const issuer = await issuerIn();
    const token = await issuer.issue({ role: 'municipality', municipality: '1721' });
    const first = await issuer.verify(token);
    expect(first).toMatchObject({ role: 'municipality', municipality: '1721', sub: 'kommune-1721' });
    expect(await issuer.verify(token)).toEqual(first);
  });

  it('refuses a token that expired after it was verified, as jose refuses an expired one', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T08:00:00Z'), toFake: ['Date'] });
    const issuer = await issuerIn();
    const token = await issuer.issue({ role: 'secretariat', expiresIn: '1h' });
    await issuer.verify(token);
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await expect(issuer.verify(token)).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  it('refuses a changed token even after the original was verified', async () => {
    const issuer = await issuerIn();
    const token = await issuer.issue({ role: 'municipality', municipality: '1721' });
    await issuer.verify(token);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'secretariat' })).toString('base64url')}.${signature}`;
    await expect(issuer.verify(tampered)).rejects.toThrow(/signature/);
  });

  it('refuses tokens of another issuer or audience, whatever it verified before', async () => {
    const issuer = await issuerIn();
    await issuer.verify(await issuer.issue({ role: 'secretariat' }));
    await expect(issuer.verify(await issuer.issue({ role: 'secretariat', issuer: 'https://evil.example' }))).rejects.toThrow(/iss/);
    await expect(issuer.verify(await issuer.issue({ role: 'secretariat', audience: 'another-api' }))).rejects.toThrow(/aud/);
  });

  describe('accepts exactly the shapes API Gateway\'s JWT authorizer accepts', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const valid = () => ({ iss: DEV_ISSUER, aud: DEV_AUDIENCE, sub: 'secretariat-dev', role: 'secretariat', iat: now(), exp: now() + 3600 });
    const setUp = async () => {
      const folder = newFolder();
      const issuer = await loadDevIssuer(folder);
      return { folder, issuer, kid: issuer.jwks.keys[0]!.kid! };
    };

    it('issues RS256 tokens with the kid of its JWKS key, and verifies them', async () => {
      const { issuer, kid } = await setUp();
      const token = await issuer.issue({ role: 'advisor' });
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid });
      expect(issuer.jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', kid });
      expect(issuer.jwks.keys[0]).not.toHaveProperty('d');
      await expect(issuer.verify(token)).resolves.toMatchObject({ role: 'advisor' });
    });

    it('keeps its key across loads of the same folder', async () => {
      const { folder, issuer } = await setUp();
      const token = await issuer.issue({ role: 'advisor' });
      await expect((await loadDevIssuer(folder)).verify(token)).resolves.toMatchObject({ role: 'advisor' });
    });

    it('accepts a token with client_id and no aud (a Cognito access token)', async () => {
      const { folder, issuer, kid } = await setUp();
      const { aud: _aud, ...claims } = valid();
      await expect(issuer.verify(await mintWithDevKey(folder, { kid }, { ...claims, client_id: DEV_AUDIENCE }))).resolves.toMatchObject({ client_id: DEV_AUDIENCE });
    });

    it.each([
      ['without exp', () => ({ ...valid(), exp: undefined }), /exp/],
      ['with iat a year ahead', () => ({ ...valid(), iat: now() + 365 * 86_400 }), /iat/],
      ['with nbf ahead', () => ({ ...valid(), nbf: now() + 600 }), /nbf/],
      ['without aud or client_id', () => ({ ...valid(), aud: undefined }), /aud/],
      ['with aud wrong even when client_id is right', () => ({ ...valid(), aud: 'another-api', client_id: DEV_AUDIENCE }), /aud/],
    ])('refuses a token %s', async (_shape, claims, reason) => {
      const { folder, issuer, kid } = await setUp();
      const token = await mintWithDevKey(folder, { kid }, JSON.parse(JSON.stringify(claims())) as Record<string, unknown>);
      await expect(issuer.verify(token)).rejects.toThrow(reason);
    });

    it('refuses a token without kid, though the JWKS has one key only', async () => {
      const { folder, issuer } = await setUp();
      await expect(issuer.verify(await mintWithDevKey(folder, {}, valid()))).rejects.toThrow(/kid/);
    });

    it('refuses a token whose kid names no key of the JWKS', async () => {
      const { folder, issuer } = await setUp();
      await expect(issuer.verify(await mintWithDevKey(folder, { kid: 'another-key' }, valid()))).rejects.toThrow(/kid/);
    });

    it('refuses an ES256 token, whatever kid it names', async () => {
      const { issuer, kid } = await setUp();
      const { privateKey } = await generateKeyPair('ES256');
      const token = await new SignJWT(valid()).setProtectedHeader({ alg: 'ES256', kid }).sign(privateKey);
      await expect(issuer.verify(token)).rejects.toThrow(/RSA/);
    });

    it('replaces a key from before RS256, so nothing it signed is accepted', async () => {
      const folder = newFolder();
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      mkdirSync(join(folder, 'dev-issuer'), { recursive: true });
      writeFileSync(signingKeyFile(folder), JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'old', alg: 'ES256' }));
      const issuer = await loadDevIssuer(folder);
      expect(issuer.jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
      const old = await new SignJWT(valid()).setProtectedHeader({ alg: 'ES256', kid: 'old' }).sign(privateKey);
      await expect(issuer.verify(old)).rejects.toThrow();
    });
  });
});
