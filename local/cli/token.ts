/**
 * Prints a development token for the local gateway.
 *
 *   npm run token -- person kari.nordmann@verdal.kommune.no   (a person invited locally: its Cognito stand-in user)
 *   npm run token -- secretariat                               (the operator's bootstrap secretariat: no person record)
 *   npm run token -- maskinporten 938587418 kvalitetskommune:figures.write [--supplier 987654321]
 *
 * People's tokens are for the people API (`npm start`'s API URL); Maskinporten-shaped tokens,
 * signed as the development Maskinporten, for the machine API (its Machine API URL).
 */
import { parseArgs } from 'node:util';
import type { TokenGroup } from '../dev-issuer.ts';
import { loadDevIssuer } from '../dev-issuer.ts';
import { cognitoUsersFile, readCognitoUsers } from '../cognito-stand-in.ts';
import { MASKINPORTEN_USAGE, parseMaskinportenArgs } from './maskinporten-args.ts';

/** Only the bootstrap secretariat has a token without a person: everyone else is a person (`person <email>`), whose roles are the table's. */
const ROLES: readonly TokenGroup[] = ['secretariat'];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'state-dir': { type: 'string', default: '.local' },
    expires: { type: 'string' },
    supplier: { type: 'string' },
    'client-id': { type: 'string' },
  },
});
const [role, argument] = positionals;
const usage = `Usage: npm run token -- person <email> | secretariat\n${MASKINPORTEN_USAGE}`;

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

if (role === 'person') {
  if (!argument) {
    console.error(`${usage}\nA person token needs the person's email address, e.g. npm run token -- person kari.nordmann@verdal.kommune.no`);
    process.exit(2);
  }
  const file = cognitoUsersFile(values['state-dir']);
  const users = readCognitoUsers(file);
  const email = argument.trim().toLowerCase();
  const user = users.find((u) => u.attributes.email?.toLowerCase() === email || u.username === email);
  if (!user) {
    console.error(
      `No local login for ${argument} (${users.length} in ${file}). Invite the person first (POST /municipalities/{number}/people or POST /staff) ` +
        'and wait a moment for the invitation to be processed (npm run mail shows it).',
    );
    process.exit(1);
  }
  if (!user.enabled) console.error(`Note: ${argument}'s login is disabled (deactivated); the API answers 401 to its token.`);
  const issuer = await loadDevIssuer(values['state-dir']);
  console.log(
    await issuer.issueForPerson(
      { sub: user.sub, email: user.attributes.email ?? user.username, groups: user.groups, municipality: user.attributes['custom:municipality'], name: user.attributes.name },
      values.expires ?? '12h',
    ),
  );
  process.exit(0);
}

if (!role || !(ROLES as readonly string[]).includes(role)) {
  console.error(usage);
  process.exit(2);
}
const issuer = await loadDevIssuer(values['state-dir']);
console.log(await issuer.issue({ role: role as TokenGroup, expiresIn: values.expires ?? '12h' }));
