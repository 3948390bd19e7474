/**
 * Fires a schedule of the running local stack now.
 *
 *   npm run fire -- daily-application-digest
 */
import { parseArgs } from 'node:util';
import { schedules } from '#shared/routing.ts';
import { LOCAL_ADMIN_HEADER } from '../http-util.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { url: { type: 'string', default: process.env.API_URL ?? 'http://127.0.0.1:3000' } } });
const [name] = positionals;
if (!name) {
  console.error(`Usage: npm run fire -- <${schedules.map((s) => s.name).join('|')}>`);
  process.exit(2);
}
try {
  const response = await fetch(`${values.url}/_local/schedules/${encodeURIComponent(name)}/run`, { method: 'POST', headers: { [LOCAL_ADMIN_HEADER]: '1' } });
  console.log(JSON.stringify(await response.json(), null, 2));
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`Is the local stack running (npm start)? ${(error as Error).message}`);
  process.exit(1);
}
