/**
 * Prints a development token for the local gateway.
 *
 *   npm run token -- municipality 1721
 *   npm run token -- secretariat
 *   npm run token -- advisor
 *   npm run token -- maskinporten 938587418 kvalitetskommune:figures.write [--supplier 987654321]
 *
 * People's tokens are for the people API (`npm start`'s API URL); Maskinporten-shaped tokens,
 * signed as the development Maskinporten, for the machine API (its Machine API URL).
 */
import { parseArgs } from 'node:util';
import type { TokenGroup } from '../dev-issuer.ts';
import { loadDevIssuer } from '../dev-issuer.ts';
import { MASKINPORTEN_USAGE, parseMaskinportenArgs } from './maskinporten-args.ts';

const ROLES: readonly TokenGroup[] = ['secretariat', 'advisor', 'evaluator', 'municipality'];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'state-dir': { type: 'string', default: '.local' },
    expires: { type: 'string' },
    supplier: { type: 'string' },
    'client-id': { type: 'string' },
  },
});
const [role, municipality] = positionals;

if (role === 'maskinporten') {
  let args;
  try {
    args = parseMaskinportenArgs(positionals.slice(1), values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${MASKINPORTEN_USAGE}`);
    process.exit(2);
  }
  const issuer = await loadDevIssuer(values['state-dir']);
  console.log(await issuer.issueMachine({ ...args, expiresIn: values.expires ?? '12h' }));
  process.exit(0);
}

if (!role || !(ROLES as readonly string[]).includes(role)) {
  console.error(`Usage: npm run token -- <${ROLES.join('|')}> [municipality number]\n${MASKINPORTEN_USAGE}`);
  process.exit(2);
}
if (role === 'municipality' && !/^\d{4}$/.test(municipality ?? '')) {
  console.error('A municipality token needs a 4-digit municipality number, e.g. npm run token -- municipality 1721');
  process.exit(2);
}
const issuer = await loadDevIssuer(values['state-dir']);
console.log(await issuer.issue({ role: role as TokenGroup, ...(role === 'municipality' ? { municipality: municipality! } : {}), expiresIn: values.expires ?? '12h' }));
