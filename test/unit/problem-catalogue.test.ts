/**
 * The README's problem table is the promise a client reads; the code is what answers. Every
 * problem type the code can send (the catalogue in shared/platform/http/problems.ts, any HttpProblem
 * built elsewhere, the local gateway's own answers) must be in the table with its status, and
 * the table must name nothing the code cannot send, so the two cannot drift apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** `status /problems/slug` for every problem the source code can answer. */
function problemsInCode(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const patterns = [/\bproblem\(\s*(\d{3}),\s*'([a-z-]+)'/g, /new HttpProblem\(\s*(\d{3}),\s*'([a-z-]+)'/g, /sendProblem\(\s*\w+,\s*(\d{3}),\s*'([a-z-]+)'/g];
  for (const file of ['shared', 'functions', 'local'].flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const [, status, slug] of text.matchAll(pattern)) {
        const key = `${status} /problems/${slug}`;
        found.set(key, [...(found.get(key) ?? []), relative(root, file)]);
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `status /problems/slug` for every row of the README's table under "| status | type | when |". */
function problemsInReadme(): string[] {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((line) => /^\|\s*status\s*\|\s*type\s*\|\s*when\s*\|/.test(line));
  if (start < 0) throw new Error('README.md has no problem table');
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [, status, types] = line.split('|').map((cell) => cell.trim());
    for (const [type] of (types ?? '').matchAll(/\/problems\/[a-z-]+/g)) rows.push(`${status} ${type}`);
  }
  return rows;
}

describe('the README problem table', () => {
  it('lists every problem type the code can answer, with its status, and nothing else', () => {
    const inCode = problemsInCode();
    const inReadme = problemsInReadme();
    expect(inCode.size).toBeGreaterThan(10); // the scan found the catalogue
    expect(new Set(inReadme).size, 'a type is listed twice').toBe(inReadme.length);
    const missing = [...inCode.keys()].filter((key) => !inReadme.includes(key)).map((key) => `${key} (${inCode.get(key)!.join(', ')})`);
    const unknown = inReadme.filter((key) => !inCode.has(key));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });
});
