/**
 * The local dead-letter store: what the pipeline could not deliver after its last retry, one
 * JSON file per failure, so nothing is dropped and a developer can see why.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DeadLetter {
  readonly id: string;
  /** The function (or pipeline stage) that failed. */
  readonly target: string;
  readonly failedAt: string;
  readonly attempts: number;
  readonly error: string;
  readonly payload: unknown;
  /** SQS message attributes the letter carries (EventBridge's on a rule's dead letter: ERROR_CODE, ERROR_MESSAGE, RETRY_ATTEMPTS, RULE_ARN, TARGET_ARN). */
  readonly attributes?: Readonly<Record<string, string>>;
}

export class DeadLetterStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  put(letter: DeadLetter): void {
    const safe = `${letter.failedAt.replace(/[:.]/g, '-')}_${letter.target}_${letter.id}`.replace(/[^\w.-]/g, '_');
    writeFileSync(join(this.dir, `${safe}.json`), JSON.stringify(letter, null, 2));
  }

  list(): DeadLetter[] {
    return this.files().map(({ letter }) => letter);
  }

  /** The dead letters with their file names, oldest first (the file name serves as the SQS receipt handle). */
  files(): { file: string; letter: DeadLetter }[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => ({ file, letter: JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as DeadLetter }));
  }

  remove(file: string): void {
    if (!/^[\w.-]+\.json$/.test(file)) throw new Error(`Not a dead-letter file: ${file}`);
    rmSync(join(this.dir, file), { force: true });
  }
}
