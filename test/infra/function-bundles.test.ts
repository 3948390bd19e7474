/**
 * What goes into each function's bundle (esbuild's metafile, bundled as deployed): nothing
 * that only the tooling needs, and the heavier pieces only where they are used. The sizes and
 * init times themselves are measured by `npm run bench`, not here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/bundling.ts';
import { repoRoot } from '../../infra/paths.ts';
import * as z from 'zod';
import { apiContract, capabilityOf, eventSubscriptions, functions, httpRoutes, schedules, type FunctionName } from '#shared/routing.ts';

const names = Object.keys(functions) as FunctionName[];
const inputs = new Map<FunctionName, string[]>();
const out = mkdtempSync(path.join(tmpdir(), 'kvk-bundles-'));

beforeAll(async () => {
  for (const name of names) {
    const metafile: Metafile = await bundleFunction(path.join(repoRoot, functions[name].entry), path.join(out, `${name}.mjs`));
    // Inputs that contribute bytes: esbuild also lists modules it resolved and then shook out.
    const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))![1];
    inputs.set(name, Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file));
  }
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
const packagesIn = (name: FunctionName) => new Set(inputs.get(name)!.map(packageOf).filter((p) => p !== undefined));
const devDependencies = Object.keys((JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies);
const postFunctions = new Set<string>(httpRoutes.filter((r) => r.method === 'POST').map((r) => r.function));
const otherHttpFunctions = httpRoutes.filter((r) => r.method !== 'POST').map((r) => r.function);
const asyncFunctions = new Set<string>([...eventSubscriptions.map((s) => s.function), ...schedules.map((s) => s.function)]);

describe.each(names)('%s', (name) => {
  it('contains no development tooling, test, benchmark, infrastructure or local-runtime code', () => {
    const packages = packagesIn(name);
    expect(devDependencies.filter((dependency) => packages.has(dependency))).toEqual([]);
    expect(inputs.get(name)!.filter((input) => !input.includes('node_modules') && /^(test|bench|infra|local)\//.test(input))).toEqual([]);
  });

  it('takes only the English messages of zod (its other locales are dead weight)', () => {
    expect(inputs.get(name)!.filter((input) => /zod\/v4\/locales\/(?!en\.js)/.test(input))).toEqual([]);
  });
});

describe('heavier pieces only where they are used', () => {
  it('the CSV parser only in the functions that take CSV uploads', () => {
    expect(names.filter((name) => packagesIn(name).has('csv-parse')).sort()).toEqual(['importContactAddresses', 'processAbsenceUpload', 'uploadAbsenceFigures', 'uploadBulkAbsenceFigures']);
  });

  it('Powertools idempotency in every POST and asynchronous function, and in no other HTTP function', () => {
    const withIdempotency = names.filter((name) => packagesIn(name).has('@aws-lambda-powertools/idempotency'));
    for (const name of [...postFunctions, ...asyncFunctions]) expect(withIdempotency, name).toContain(name);
    expect(withIdempotency.filter((name) => otherHttpFunctions.includes(name as never))).toEqual([]);
  });

  it('the schemas a function references, not every schema of the modules it imports', () => {
    // Schema ids survive minification as strings: a schema that is built is in the bundle.
    const code = (name: FunctionName) => readFileSync(path.join(out, `${name}.mjs`), 'utf8');
    expect(code('submitApplication')).toContain('"SubmitApplicationRequest"');
    expect(code('reviewReport')).toContain('"ReviewRequest"');
    for (const name of ['getMunicipality', 'getApplication', 'listCohorts'] as const) {
      expect(code(name), name).not.toContain('"ReviewRequest"');
      expect(code(name), name).not.toContain('"SubmitApplicationRequest"');
    }
  });

  it('no request schema of another capability’s commands in a GET function (a capability’s index.ts must not leak into others)', () => {
    const code = (name: FunctionName) => readFileSync(path.join(out, `${name}.mjs`), 'utf8');
    const requestIds = httpRoutes
      .filter((route) => route.method !== 'GET')
      .flatMap((route) => {
        const body = (apiContract as Record<string, { body?: z.ZodType }>)[route.function]?.body;
        const id = body ? (z.globalRegistry.get(body) as { id?: string } | undefined)?.id : undefined;
        return id ? [{ id, capability: capabilityOf(route.function) }] : [];
      });
    expect(requestIds.length).toBeGreaterThan(10);
    const leaks = httpRoutes
      .filter((route) => route.method === 'GET')
      .flatMap((route) => requestIds.filter((r) => r.capability !== capabilityOf(route.function) && code(route.function).includes(`"${r.id}"`)).map((r) => `${route.function} carries ${r.id}`));
    expect(leaks).toEqual([]);
  });

  it('the Lambda client only in the function that redrives dead letters', () => {
    expect(names.filter((name) => packagesIn(name).has('@aws-sdk/client-lambda'))).toEqual(['redriveDeadLetters']);
  });

  it('the S3 client only in the functions granted the upload objects or export files, the presigner only in those that hand out a URL', () => {
    const granted = (name: FunctionName) => (functions[name].grants as readonly string[]).some((grant) => grant.startsWith('uploads:') || grant === 'exports:write');
    expect(names.filter((name) => packagesIn(name).has('@aws-sdk/client-s3'))).toEqual(names.filter(granted));
    expect(names.filter((name) => packagesIn(name).has('@aws-sdk/s3-request-presigner')).sort()).toEqual(['createAbsenceUpload', 'createBulkAbsenceUpload', 'exportData']);
  });

  it('the spreadsheet writers (exceljs, csv-stringify) and lib-storage only in exportData; the CSV writer also in the open statistics', () => {
    for (const heavy of ['exceljs', '@aws-sdk/lib-storage']) expect(names.filter((name) => packagesIn(name).has(heavy)), heavy).toEqual(['exportData']);
    expect(names.filter((name) => packagesIn(name).has('csv-stringify')).sort()).toEqual(['exportData', 'getSickLeaveStatistics']);
  });

  it('the local S3 server (s3rver, a devDependency) in no function', () => {
    expect(devDependencies).toContain('s3rver');
    expect(names.filter((name) => packagesIn(name).has('s3rver') || packagesIn(name).has('koa'))).toEqual([]);
  });

  it('the SES client only in the functions that send mail', () => {
    const withSes = names.filter((name) => packagesIn(name).has('@aws-sdk/client-sesv2'));
    expect(withSes).toEqual(names.filter((name) => (functions[name].grants as readonly string[]).includes('mail:send')));
  });
});
