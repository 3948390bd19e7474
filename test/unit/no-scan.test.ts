/**
 * No Scan anywhere: every access pattern is a key lookup or a Query (see
 * shared/platform/dynamodb/table-design.ts). A Scan reads the whole table, so its cost grows with
 * the table rather than with the answer; PartiQL is refused too, since a SELECT without the key
 * is a Scan in disguise. This reads the source of everything deployed (shared/ and functions/);
 * bench/dynamodb-cost.ts also refuses a Scan at run time, in the SDK.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** What sending a Scan (or a PartiQL statement) looks like in source, in the SDK v3 and as an operation name. */
const SCAN = /\b(?:ScanCommand|paginateScan|ExecuteStatementCommand|BatchExecuteStatementCommand|ExecuteTransactionCommand)\b|['"`]Scan['"`]/;

function sourceFiles(folder: string): string[] {
  return (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((file) => /\.[cm]?[jt]s$/.test(file)).map((file) => join(folder, file));
}

describe('no Scan anywhere', () => {
  it('recognises a Scan, and not a Query that pages backwards', () => {
    expect("import { ScanCommand } from '@aws-sdk/lib-dynamodb';").toMatch(SCAN);
    expect('for await (const page of paginateScan({ client }, { TableName })) {}').toMatch(SCAN);
    expect("await client.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM t' }));").toMatch(SCAN);
    expect("operation: 'Scan'").toMatch(SCAN);
    expect("new QueryCommand({ TableName, ScanIndexForward: false, Limit: 1 })").not.toMatch(SCAN);
  });

  it('is true of every deployed module (shared/ and functions/)', () => {
    const files = [...sourceFiles('shared'), ...sourceFiles('functions')];
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (SCAN.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
