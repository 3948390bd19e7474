/** How the local pipeline retries a failing delivery before it dead-letters it. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly initialDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, initialDelayMs: 250 };

/** Runs `work` until it succeeds or the attempts are spent; rejects with the last error. */
export async function withRetries<T>(policy: RetryPolicy, work: (attempt: number) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      lastError = error;
      if (attempt < policy.attempts) await new Promise((r) => setTimeout(r, policy.initialDelayMs * 2 ** (attempt - 1)));
    }
  }
  throw lastError;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
