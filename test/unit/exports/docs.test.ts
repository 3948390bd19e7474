/** docs/exports.md documents every kind's columns (key, Norwegian header, cell type) and who may take each kind, as the code has them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, EXPORT_KINDS, EXPORT_READERS } from '../../../shared/exports/model.ts';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'exports.md'), 'utf8');

describe('docs/exports.md', () => {
  it.each(EXPORT_KINDS)('lists the columns of %s in order', (kind) => {
    const section = doc.split(`### \`${kind}\``)[1]!.split('\n### ')[0]!;
    const rows = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \| (\w+) \|$/gm)].map(([, key, header, type]) => ({ key, header: header!.trim(), type }));
    expect(rows).toEqual(COLUMNS[kind].map(({ key, header, type }) => ({ key, header, type })));
  });

  it('says who may take each kind', () => {
    for (const kind of EXPORT_KINDS) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${kind}\` |`) && l.includes(':-:') === false && /\| (✓| ) \|/.test(l))!;
      const [, , secretariat, evaluator] = line.split('|').map((c) => c.trim());
      expect([secretariat === '✓', evaluator === '✓'], kind).toEqual([EXPORT_READERS[kind].includes('secretariat'), EXPORT_READERS[kind].includes('evaluator')]);
    }
  });
});
