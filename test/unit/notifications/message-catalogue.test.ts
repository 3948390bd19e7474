/**
 * No mail escapes the message catalogue: every template the code can queue (a `letter('…'`
 * call, a `template: '…'` literal, a `*_TEMPLATE` constant, a conditional template) is declared
 * in shared/notifications/message-types.ts, and every declared type is sent by some code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_CATEGORIES, MESSAGE_TYPES, messageTypeOf, rolesOf, type MessageTypeName } from '#shared/notifications/message-types.ts';
import { MUNICIPAL_ROLES } from '#shared/platform/auth/principal.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Template names as the code writes them where a message is built. */
function templatesIn(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of [/letter\(\s*'([a-z-]+)'/g, /template:\s*'([a-z-]+)'/g, /_TEMPLATE\s*=\s*'([a-z-]+)'/g, /letter\(\s*[a-zA-Z.]+\s*\?\s*'([a-z-]+)'\s*:\s*'([a-z-]+)'/g]) {
    for (const match of text.matchAll(pattern)) for (const name of match.slice(1)) if (name) found.add(name);
  }
  // The digest's template is a constant of the catalogue itself (message-types.ts DIGEST_TEMPLATE).
  if (/template:\s*DIGEST_TEMPLATE/.test(text)) found.add('daily-digest');
  return [...found];
}

const code = [...sources('shared'), ...sources('functions')].filter((f) => !f.endsWith('message-types.ts'));
const used = new Map<string, string[]>();
for (const file of code) for (const name of templatesIn(readFileSync(file, 'utf8'))) used.set(name, [...(used.get(name) ?? []), file.slice(ROOT.length + 1)]);

/** Declared for code on its way: the people capability's invitation (issue 14, merged separately). */
const SENT_ELSEWHERE = new Set<string>(['person-invitation']);

describe('the message catalogue', () => {
  it('finds the templates in the code at all (the scan can fail)', () => {
    expect(used.size).toBeGreaterThanOrEqual(15);
    expect(templatesIn("return letter(escalation ? 'report-escalation' : 'report-reminder', to")).toEqual(['report-escalation', 'report-reminder']);
  });

  it('declares every template the code queues', () => {
    const undeclared = [...used.keys()].filter((name) => !messageTypeOf(name));
    expect(undeclared, `undeclared templates: ${undeclared.map((n) => `${n} (${used.get(n)!.join(', ')})`).join('; ')}`).toEqual([]);
  });

  it('declares nothing the code never sends', () => {
    const unused = Object.keys(MESSAGE_TYPES).filter((name) => !used.has(name) && !SENT_ELSEWHERE.has(name));
    expect(unused).toEqual([]);
  });

  it('gives every optional type but the digest a category, and no mandatory type one', () => {
    for (const [name, type] of Object.entries(MESSAGE_TYPES) as [MessageTypeName, (typeof MESSAGE_TYPES)[MessageTypeName]][]) {
      const category = 'category' in type ? type.category : undefined;
      if (type.mandatory) expect(category, name).toBeUndefined();
      else if (name !== 'daily-digest') expect(MAIL_CATEGORIES, name).toContain(category);
      expect(type.to.length, name).toBeGreaterThan(0);
    }
  });

  it('sends what the issue names to whom it names', () => {
    expect(MESSAGE_TYPES['report-reminder']).toMatchObject({ mandatory: false, to: ['project-leader'] });
    expect(MESSAGE_TYPES['report-escalation'].mandatory).toBe(true);
    expect(rolesOf('report-escalation')).toEqual(['project-leader', 'management']);
    expect(rolesOf('target-status-notice')).toEqual(['project-leader', 'management', 'union-representative', 'elected-official']);
    expect(MESSAGE_TYPES['cohort-invitation']).toMatchObject({ mandatory: true, to: ['official-address'] });
    expect(MESSAGE_TYPES['decision-letter'].mandatory).toBe(true);
    expect(MESSAGE_TYPES['email-address-confirmation'].mandatory).toBe(true);
    for (const name of Object.keys(MESSAGE_TYPES) as MessageTypeName[]) for (const role of rolesOf(name)) expect(MUNICIPAL_ROLES).toContain(role);
  });

  it('knows no template outside it', () => {
    expect(messageTypeOf('t')).toBeUndefined();
    expect(messageTypeOf('toString')).toBeUndefined();
  });
});
