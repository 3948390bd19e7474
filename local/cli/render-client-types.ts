/** The generated client types for docs/openapi.json (openapi-typescript, pinned in package.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

export const DOCUMENT = join(import.meta.dirname, '..', '..', 'docs', 'openapi.json');

export async function renderClientTypes(documentText = readFileSync(DOCUMENT, 'utf8')): Promise<string> {
  const ast = await openapiTS(documentText, { alphabetize: false, exportType: false, // A default in a request schema makes the field optional to send, not required.
    defaultNonNullable: false });
  return `// Generated from docs/openapi.json by openapi-typescript (npm run docs). Do not edit.\n${astToString(ast)}`;
}
