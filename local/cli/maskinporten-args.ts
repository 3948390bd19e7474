/**
 * The arguments of `npm run token -- maskinporten <organisation number> <scopes…> [--supplier <orgnr>]`,
 * checked before a token is minted (pure: test/unit/local/maskinporten-args.test.ts).
 */
import { SCOPES } from '#shared/platform/auth/principal.ts';

export interface MaskinportenArgs {
  readonly organisationNumber: string;
  readonly scopes: readonly string[];
  readonly supplier: string | undefined;
  readonly clientId: string | undefined;
}

export const MASKINPORTEN_USAGE =
  `Usage: npm run token -- maskinporten <organisation number> <scope…> [--supplier <organisation number>] [--client-id <id>] [--expires 12h]\n` +
  `  scopes: ${SCOPES.join(', ')} (any other is minted too, and refused by the API)\n` +
  `  e.g.    npm run token -- maskinporten 938587418 kvalitetskommune:figures.write`;

const ORGANISATION_NUMBER = /^\d{9}$/;

/** The positionals after `maskinporten`, and the options; an Error with the reason when they name no token. */
export function parseMaskinportenArgs(positionals: readonly string[], options: { supplier?: string | undefined; 'client-id'?: string | undefined }): MaskinportenArgs {
  const [organisationNumber, ...scopes] = positionals;
  if (!organisationNumber || !ORGANISATION_NUMBER.test(organisationNumber)) {
    throw new Error(`The consumer must be a 9-digit organisation number, got ${organisationNumber ?? 'nothing'}`);
  }
  if (scopes.length === 0) throw new Error('Name at least one scope');
  if (scopes.some((scope) => /\s/.test(scope) || scope === '')) throw new Error('A scope has no spaces');
  const supplier = options.supplier;
  if (supplier !== undefined && !ORGANISATION_NUMBER.test(supplier)) throw new Error(`--supplier must be a 9-digit organisation number, got ${supplier}`);
  return { organisationNumber, scopes, supplier, clientId: options['client-id'] };
}
