/**
 * `npm start` as a developer runs it in a terminal: Ctrl-C sends SIGINT to the whole foreground
 * process group. The stack must drain against a live DynamoDB Local and stop within a few
 * seconds without error lines; a DynamoDB Local killed from outside is reported once and the
 * stack stops. The stack runs in a child process in its own process group, as a terminal runs it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDevIssuer } from '../../local/dev-issuer.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';

/** What a problem in the pipeline or a dead database looks like in the stack's output. */
const ERROR_LINE = /error|✗|☠|retrying|ECONNREFUSED|failed/i;
const STOP_WITHIN_MS = 8_000;

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly databasePid: number;
  readonly stateDir: string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  stdout: () => string;
  stderr: () => string;
}

const running: Running[] = [];

afterEach(() => {
  for (const { child, databasePid, stateDir } of running.splice(0)) {
    for (const kill of [() => process.kill(-child.pid!, 'SIGKILL'), () => process.kill(databasePid, 'SIGKILL')]) {
      try {
        kill();
      } catch {
        // already gone
      }
    }
    rmSync(stateDir, { recursive: true, force: true });
  }
});

async function startInItsOwnGroup(): Promise<Running> {
  const stateDir = mkdtempSync(join(tmpdir(), 'kvk-ctrl-c-'));
  const child = spawn(process.execPath, ['local/start.ts', '--port', '0', '--state-dir', stateDir], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],

  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const entry = { child, stateDir, exit, stdout: () => out, stderr: () => err, url: '', databasePid: 0 };
  running.push(entry as Running);
  const deadline = Date.now() + 90_000;
  while (!/local stack is running/.test(out)) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${out}\n${err}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${out}\n${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  entry.url = /API\s+(http:\/\/\S+)/.exec(out)![1]!;
  entry.databasePid = Number(/DynamoDB Local .*pid (\d+)/.exec(out)?.[1] ?? javaChildOf(child.pid!));
  return entry as Running;
}

/** The DynamoDB Local started by a process (its one java child). */
function javaChildOf(pid: number): number {
  return Number(execFileSync('pgrep', ['-P', String(pid), 'java'], { encoding: 'utf8' }).trim().split('\n')[0]);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

const afterThe = (output: string, marker: RegExp) => output.slice(output.search(marker)).split('\n');

describe('Ctrl-C on npm start', () => {
  it('drains and stops within a few seconds, exit code 0, no error lines, DynamoDB Local gone', async () => {
    const stack = await startInItsOwnGroup();
    const secretariat = await (await loadDevIssuer(stack.stateDir)).issue({ role: 'secretariat' });
    // Work in the pipeline when Ctrl-C comes: the cohort's events are still on their way.
    await createOpenCohort(apiClient(() => stack.url), secretariat);

    const sent = Date.now();
    process.kill(-stack.child.pid!, 'SIGINT');
    const exit = await Promise.race([stack.exit, new Promise<undefined>((r) => setTimeout(() => r(undefined), 30_000))]);

    expect(exit, `still running 30 s after SIGINT:\n${stack.stdout()}`).toBeDefined();
    expect(exit!.code).toBe(0);
    expect(exit!.at - sent).toBeLessThan(STOP_WITHIN_MS);
    expect(stack.stderr()).toBe('');
    expect(afterThe(stack.stdout(), /SIGINT/).filter((line) => ERROR_LINE.test(line))).toEqual([]);
    expect(stack.stdout()).toMatch(/Stopped\./);
    expect(await gone(stack.databasePid, 2_000)).toBe(true);
  }, 150_000);

  it('reports a DynamoDB Local killed from outside once, clearly, and stops with exit code 1', async () => {
    const stack = await startInItsOwnGroup();
    const killed = Date.now();
    process.kill(stack.databasePid, 'SIGKILL');
    const exit = await Promise.race([stack.exit, new Promise<undefined>((r) => setTimeout(() => r(undefined), 30_000))]);

    expect(exit, `still running 30 s after DynamoDB Local was killed:\n${stack.stdout()}\n${stack.stderr()}`).toBeDefined();
    expect(exit!.code).toBe(1);
    expect(exit!.at - killed).toBeLessThan(STOP_WITHIN_MS);
    const lines = stack.stderr().split('\n').filter(Boolean);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^DynamoDB Local \\(pid ${stack.databasePid}, port \\d+\\) exited on SIGKILL\\. .*stopping`))]);
    expect(stack.stdout().split('\n').filter((line) => ERROR_LINE.test(line))).toEqual([]);
  }, 150_000);
});
