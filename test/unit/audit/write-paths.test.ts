/**
 * Every write that bypasses `Table.transact` (which audits it) is named here with why it needs
 * no audit entry: platform bookkeeping, never a change of what the programme knows. A new
 * direct write in shared/ or functions/ fails this test until it goes through `transact` or is
 * added here with its reason (shared/platform/audit/audit-log.ts keeps the rule).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

/** A write request sent without Table.transact: an SDK write command, or a batch write of the table. */
const DIRECT_WRITE = /new (?:PutCommand|UpdateCommand|DeleteCommand|BatchWriteCommand|TransactWriteCommand)\b|\.batchWriteAll\(/;

/** file → the functions or methods that write directly, and why that is not a change to audit. */
const UNAUDITED: Record<string, Record<string, string>> = {
  'shared/platform/dynamodb/transaction.ts': {
    runTransaction: 'the transaction itself: Table.transact has added its audit entry',
    writeAlone: 'a lone item given to runTransaction directly; Table.transact never sends one (it adds the entry)',
  },
  'shared/platform/dynamodb/batch-writer.ts': { writeChunk: 'the batch writer; its callers are listed below' },
  'shared/platform/audit/audit-log.ts': { recordRead: 'the audit entry of a read', recordReadOfEach: 'the audit entry of a read of many resources (an export), once under each' },
  'shared/platform/http/rate-counter.ts': { admitRequest: 'a rate-limit counter (TTL after its window)' },
  'shared/municipalities/repository.ts': { putAll: 'the register seed from SSB data: an operator’s import (npm run seed), outside any request' },
  'shared/target-status/repository.ts': { claimStatusNotice: 'the daily cap slot of status notices: mail bookkeeping; the status change itself is audited' },
  'shared/notifications/repository.ts': {
    recordAttempt: 'a delivery attempt’s outcome (SES’s answer), kept on the notification; its queueing is audited',
    settleUnsent: 'a queued notification held for the digest or not sent by the recipient’s own choice (delivery bookkeeping, as recordAttempt); the choice itself is audited',
  },
  'shared/notifications/mail-preferences-repository.ts': {
    claimQuota: 'a place in the day’s per-recipient counter of optional mail (expires after 3 days), as the rate counters',
    issueToken: 'the hash of one sent mail’s unsubscribe link (expires after a year): delivery bookkeeping; using it is audited',
  },
  'shared/absence/repository.ts': {
    storeUpload: 'the pending rows of an upload (TTL): they count only from the commit, which is audited',
    promoteUpload: 'marking committed rows as such (no change to what counts)',
    claimContent: 'the in-flight claim (a lease) on an upload’s content',
    releaseClaim: 'releasing that claim',
  },
  'shared/absence/warnings-repository.ts': {
    promote: 'making a committed upload’s pending warnings listable (they are the receipt’s, which the commit audited); checking one is audited',
  },
  'shared/reports/repository.ts': { advanceSweepClock: 'the sweep clock: scheduling bookkeeping' },
  'shared/gatherings/registrations-repository.ts': { nextPosition: 'a waiting-list position counter (an atomic ADD): the registration that takes the position is audited' },
};

function sourceFiles(folder: string): string[] {
  return (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((file) => /\.ts$/.test(file)).map((file) => join(folder, file));
}

/** The function or method a line is in: the nearest declaration above it, indented less. */
function enclosing(lines: readonly string[], index: number): string {
  const indent = lines[index]!.search(/\S/);
  for (let i = index; i >= 0; i--) {
    const line = lines[i]!;
    const declared = /^(\s*)(?:export\s+)?(?:private\s+)?(?:async\s+)?(?:function\s+)?#?([A-Za-z]\w*)\s*(?:<[^>]*>)?\(/.exec(line);
    if (declared && declared[1]!.length < indent && !/^(if|for|while|switch|catch|return|await)$/.test(declared[2]!)) return declared[2]!;
  }
  return '(module)';
}

function directWrites(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of [...sourceFiles('shared'), ...sourceFiles('functions')]) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (/^\s*(\*|\/\/)/.test(line) || !DIRECT_WRITE.test(line)) return;
      (found[file] ??= []).push(enclosing(lines, index));
    });
  }
  return Object.fromEntries(Object.entries(found).map(([file, names]) => [file, [...new Set(names)].sort()]));
}

describe('writes outside Table.transact (not audited)', () => {
  it('recognises a direct write and the method it is in', () => {
    const lines = ['  async suppress(s: S): Promise<boolean> {', '    try {', '      await this.table.client.send(', '        new PutCommand({'];
    expect(DIRECT_WRITE.test(lines[3]!)).toBe(true);
    expect(enclosing(lines, 3)).toBe('suppress');
    expect(DIRECT_WRITE.test('await this.table.transact([step], events);')).toBe(false);
  });

  it('are exactly the platform bookkeeping listed, each with its reason', () => {
    const expected = Object.fromEntries(Object.entries(UNAUDITED).map(([file, methods]) => [file, Object.keys(methods).sort()]));
    expect(directWrites()).toEqual(expected);
  });
});
