/**
 * The layering rules (.dependency-cruiser.cjs, run by `npm run lint:deps` in `npm test`) catch
 * what they name: a planted tree (test/fixtures/layering) breaks each of the main rules once and
 * must be refused with exactly those rules, and the real tree must pass them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

interface CruiseResult {
  readonly summary: { readonly violations: readonly { readonly rule: { readonly name: string }; readonly from: string; readonly to: string }[] };
}

function cruise(cwd: string, args: readonly string[]): CruiseResult {
  try {
    return JSON.parse(execFileSync(depcruise, [...args, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as CruiseResult;
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout) as CruiseResult;
  }
}

describe('dependency rules', () => {
  it('refuse a tree that breaks them, naming each rule broken', () => {
    const { summary } = cruise(join(root, 'test', 'fixtures', 'layering'), ['shared', 'functions']);
    const broken = summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    // The contract reaches the AWS client through the cycle: `reachable` rules follow imports transitively.
    expect(broken).toEqual([
      'capability-order-notifications: shared/notifications/notify.ts → shared/reports/model.ts',
      'functions-import-only-shared: functions/cohorts/create-cohort.ts → functions/cohorts/get-cohort.ts',
      'handlers-through-public-entry: functions/cohorts/create-cohort.ts → shared/cohorts/repository.ts',
      'no-circular: shared/cohorts/contract.ts → shared/cohorts/model.ts',
      'platform-is-the-ground: shared/platform/logger.ts → shared/cohorts/contract.ts',
      'pure-model-commands-and-contracts: shared/cohorts/contract.ts → ../../../node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js',
      'pure-model-commands-and-contracts: shared/cohorts/model.ts → ../../../node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js',
    ].sort());
  }, 60_000);
});
