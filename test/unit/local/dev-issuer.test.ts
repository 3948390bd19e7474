import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDevIssuer } from '../../../local/dev-issuer.ts';

const folders: string[] = [];
const issuerIn = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kvk-dev-issuer-'));
  folders.push(folder);
  return loadDevIssuer(folder);
};

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
});
