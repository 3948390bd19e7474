/**
 * Prints a development token for the local gateway.
 *
 *   npm run token -- municipality 1721
 *   npm run token -- secretariat
 *   npm run token -- advisor
 */
import { parseArgs } from 'node:util';
import type { TokenGroup } from '../dev-issuer.ts';

const ROLES: readonly TokenGroup[] = ['secretariat', 'advisor', 'evaluator', 'municipality'];
import { loadDevIssuer } from '../dev-issuer.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'state-dir': { type: 'string', default: '.local' }, expires: { type: 'string', default: '12h' } },
});
const [role, municipality] = positionals;

if (!role || !(ROLES as readonly string[]).includes(role)) {
  console.error(`Usage: npm run token -- <${ROLES.join('|')}> [municipality number]`);
  process.exit(2);
}
if (role === 'municipality' && !/^\d{4}$/.test(municipality ?? '')) {
  console.error('A municipality token needs a 4-digit municipality number, e.g. npm run token -- municipality 1721');
  process.exit(2);
}
const issuer = await loadDevIssuer(values['state-dir']);
console.log(await issuer.issue({ role: role as TokenGroup, ...(role === 'municipality' ? { municipality: municipality! } : {}), expiresIn: values.expires }));
