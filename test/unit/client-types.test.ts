/**
 * The client generated from docs/openapi.json: its types (test/client/openapi.ts, written by
 * `npm run docs`) are current, and the README's walk-through written with them
 * (test/client/readme-walk-through.ts) type-checks: what it sends is what the document declares.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderClientTypes } from '../../local/cli/render-client-types.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the generated client', () => {
  it('is current with docs/openapi.json (npm run docs regenerates it)', async () => {
    expect(readFileSync(join(root, 'test', 'client', 'openapi.ts'), 'utf8') === (await renderClientTypes()), 'test/client/openapi.ts is stale: run npm run docs').toBe(true);
  });

  it('type-checks the README walk-through (tsc --noEmit -p test/client)', async () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', join(root, 'test', 'client', 'tsconfig.json')], { cwd: root }).then(
      () => '',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(result.split('\n').filter(Boolean), 'what the walk-through sends and the document does not declare').toEqual([]);
  }, 180_000);
});
