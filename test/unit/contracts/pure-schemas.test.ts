/**
 * Module-level schemas are built through `/* @__PURE__ *\/ schema(…)` (shared/contracts/schema.ts),
 * so that a function's bundle leaves out the schemas it never references. A plain
 * `export const X = z.object(…)` would be built in every bundle that imports the module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
// The catalogue builds each event's schema on first use; api.ts and openapi.ts serve only the docs tooling.
const exempt = new Set(['events.ts', 'api.ts', 'openapi.ts', 'schema.ts', 'field-errors.ts']);
const files = [
  ...readdirSync(join(root, 'shared', 'contracts'))
    .filter((f) => f.endsWith('.ts') && !exempt.has(f))
    .map((f) => join('shared', 'contracts', f)),
  join('shared', 'http', 'pagination.ts'),
  // Domain modules with a schema of their own (the reminder ladder's), imported by functions that only call their rules.
  ...readdirSync(join(root, 'shared', 'domain'))
    .filter((f) => f.endsWith('.ts') && readFileSync(join(root, 'shared', 'domain', f), 'utf8').includes("from 'zod'"))
    .map((f) => join('shared', 'domain', f)),
];

describe.each(files)('%s', (file) => {
  it('builds every module-level schema through a pure schema() call', () => {
    const source = readFileSync(join(root, file), 'utf8');
    const unmarked = [...source.matchAll(/^(?:export )?const (\w+)(?::[^=]+)? = (.*)$/gm)]
      .filter(([, , rhs]) => /^(z\b|[A-Z]\w*\.|\{)/.test(rhs!) && !rhs!.startsWith('/* @__PURE__ */ schema('))
      .map(([, name]) => name);
    expect(unmarked).toEqual([]);
  });
});
