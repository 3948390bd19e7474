/**
 * Module-level schemas are built through `/* @__PURE__ *\/ schema(…)` (shared/platform/contract/schema.ts),
 * so that a function's bundle leaves out the schemas it never references. A plain
 * `export const X = z.object(…)` would be built in every bundle that imports the module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
// Every module of shared/ that imports zod, except those that serve only the docs tooling
// (the API contract, openapi.ts), the catalogue (it builds each event's schema on first use),
// the schema helpers themselves and the route declarations (they only refer to schemas).
const exempt = new Set(['shared/event-catalogue.ts', 'shared/openapi.ts', 'shared/platform/contract/schema.ts', 'shared/platform/contract/field-errors.ts', 'shared/platform/declarations.ts']);
const files = (readdirSync(join(root, 'shared'), { recursive: true }) as string[])
  .map((f) => join('shared', f))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('routes.ts') && !exempt.has(f) && readFileSync(join(root, f), 'utf8').includes("from 'zod'"));

it('finds the modules to check', () => expect(files.length).toBeGreaterThan(15));

describe.each(files)('%s', (file) => {
  it('builds every module-level schema through a pure schema() call', () => {
    const source = readFileSync(join(root, file), 'utf8');
    const unmarked = [...source.matchAll(/^(?:export )?const (\w+)(?::[^=]+)? = (.*)$/gm)]
      .filter(([, , rhs]) => /^(z\b|[A-Z]\w*\.|\{)/.test(rhs!) && !rhs!.startsWith('/* @__PURE__ */ schema('))
      .map(([, name]) => name);
    expect(unmarked).toEqual([]);
  });
});
