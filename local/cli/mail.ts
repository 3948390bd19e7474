/**
 * Lists the emails the local stack has "sent" (the .eml files), newest last.
 *
 *   npm run mail            one line per message
 *   npm run mail -- --show  with each message's text
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MailSink } from '../mail-sink.ts';

const { values } = parseArgs({ options: { 'state-dir': { type: 'string', default: '.local' }, show: { type: 'boolean', default: false } } });
const dir = join(values['state-dir'], 'mail');
if (!existsSync(dir)) {
  console.log(`No mail yet (${dir} does not exist). Start the stack with npm start and submit an application.`);
  process.exit(0);
}
const sink = new MailSink(dir);
const messages = await sink.list();
for (const message of messages) {
  console.log(`${message.date}  ${message.to}  [${message.language}]  ${message.subject}\n    ${join(dir, message.file)}`);
  if (values.show) console.log(`\n${(await sink.read(message.file)).text.replace(/^/gm, '    ')}\n`);
}
console.log(`${messages.length} message(s) in ${dir}`);
