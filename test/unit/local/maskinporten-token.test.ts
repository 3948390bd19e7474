/** `npm run token -- maskinporten …`: its arguments, and the token the development Maskinporten mints from them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMaskinportenArgs } from '../../../local/cli/maskinporten-args.ts';
import { DEV_MASKINPORTEN_AUDIENCE, DEV_MASKINPORTEN_ISSUER, loadDevIssuer, MACHINE_TRUST, PEOPLE_TRUST } from '../../../local/dev-issuer.ts';

const folder = mkdtempSync(join(tmpdir(), 'kvk-maskinporten-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('parseMaskinportenArgs', () => {
  it('takes the organisation number, the scopes and an optional supplier and client', () => {
    expect(parseMaskinportenArgs(['938587418', 'kvalitetskommune:figures.write', 'kvalitetskommune:figures.read'], { supplier: '911000008' })).toEqual({
      organisationNumber: '938587418',
      scopes: ['kvalitetskommune:figures.write', 'kvalitetskommune:figures.read'],
      supplier: '911000008',
      clientId: undefined,
    });
    expect(parseMaskinportenArgs(['938587418', 'x:y'], { 'client-id': 'c1' })).toMatchObject({ scopes: ['x:y'], clientId: 'c1', supplier: undefined });
  });

  it('refuses what names no token, saying why', () => {
    expect(() => parseMaskinportenArgs([], {})).toThrow(/9-digit organisation number, got nothing/);
    expect(() => parseMaskinportenArgs(['1721', 'kvalitetskommune:figures.write'], {})).toThrow(/9-digit organisation number, got 1721/);
    expect(() => parseMaskinportenArgs(['938587418'], {})).toThrow(/at least one scope/);
    expect(() => parseMaskinportenArgs(['938587418', 'a b'], {})).toThrow(/no spaces/);
    expect(() => parseMaskinportenArgs(['938587418', 'x'], { supplier: 'acme' })).toThrow(/--supplier/);
  });
});

describe('the development Maskinporten', () => {
  it('mints Maskinporten’s shape: iss, aud, space separated scope, consumer, supplier, client_id, exp, iat, jti', async () => {
    const issuer = await loadDevIssuer(folder);
    const token = await issuer.issueMachine({ organisationNumber: '938587418', scopes: ['kvalitetskommune:figures.write', 'kvalitetskommune:reports.read'], supplier: '911000008' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: DEV_MASKINPORTEN_ISSUER,
      aud: DEV_MASKINPORTEN_AUDIENCE,
      scope: 'kvalitetskommune:figures.write kvalitetskommune:reports.read',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:938587418' },
      supplier: { authority: 'iso6523-actorid-upis', ID: '0192:911000008' },
      client_id: 'dev-client-938587418',
    });
    expect(typeof claims.jti).toBe('string');
    expect(claims.exp! - claims.iat!).toBe(120);
    expect(decodeJwt(await issuer.issueMachine({ organisationNumber: '938587418', scopes: ['x'] })).supplier).toBeUndefined();
  });

  it('is trusted by the machine listener only; a person’s token by the people listener only', async () => {
    const issuer = await loadDevIssuer(folder);
    const machine = await issuer.issueMachine({ organisationNumber: '938587418', scopes: ['kvalitetskommune:figures.write'] });
    const person = await issuer.issue({ role: 'municipality', municipality: '1721' });
    await expect(issuer.verify(machine, MACHINE_TRUST)).resolves.toMatchObject({ client_id: 'dev-client-938587418' });
    await expect(issuer.verify(person, PEOPLE_TRUST)).resolves.toMatchObject({ sub: 'kommune-1721' });
    // Each verified once already: the caches are per trust, so a verified token proves nothing on the other listener.
    await expect(issuer.verify(machine, PEOPLE_TRUST)).rejects.toThrow(/iss/);
    await expect(issuer.verify(person, MACHINE_TRUST)).rejects.toThrow(/iss/);
    await expect(issuer.verify(await issuer.issueMachine({ organisationNumber: '938587418', scopes: ['x'], audience: 'https://other.example/' }), MACHINE_TRUST)).rejects.toThrow(/aud/);
  });
});
