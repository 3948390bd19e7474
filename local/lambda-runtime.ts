/**
 * Runs the deployed handler modules in this process: each function of the routing table is
 * imported on first use (after the local environment is set) and invoked with a Lambda-like
 * context carrying its name, request id and deadline.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { FUNCTION_DEFAULTS, functions, type FunctionName, type FunctionSpec } from '#shared/routing.ts';

const REPO_ROOT = join(import.meta.dirname, '..');

type Handler = (event: unknown, context: Context) => Promise<unknown>;

export class LambdaRuntime {
  readonly #handlers = new Map<FunctionName, Promise<Handler>>();

  async invoke<R = unknown>(name: FunctionName, event: unknown): Promise<R> {
    const handler = await this.#load(name);
    return (await handler(event, lambdaContext(name))) as R;
  }

  #load(name: FunctionName): Promise<Handler> {
    let loading = this.#handlers.get(name);
    if (!loading) {
      const url = pathToFileURL(join(REPO_ROOT, functions[name].entry)).href;
      loading = import(url).then((module: { handler?: Handler }) => {
        if (typeof module.handler !== 'function') throw new Error(`${functions[name].entry} exports no handler`);
        return module.handler;
      });
      this.#handlers.set(name, loading);
    }
    return loading;
  }
}

function lambdaContext(name: FunctionName): Context {
  const spec: FunctionSpec = functions[name];
  const deadline = Date.now() + (spec.timeoutSeconds ?? FUNCTION_DEFAULTS.timeoutSeconds) * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: String(spec.memoryMb ?? FUNCTION_DEFAULTS.memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/local/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
