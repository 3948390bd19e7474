/**
 * Why an upload stopped without storing anything, for a caller that may simply try again.
 * Thrown by the upload service; the HTTP stack renders them as 409 and 503 problems with
 * Retry-After, and the asynchronous upload path records them as a retry. Plain classes with
 * no imports, so the problem middleware every function loads pulls in nothing else.
 */

/** The same content is being stored by another request right now (its claim is live). */
export class UploadInProgressError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super('The same upload is being stored by another request; retry shortly to get its receipt');
    this.name = 'UploadInProgressError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Too little time was left before the caller's deadline to commit: nothing was committed. */
export class UploadDeadlineError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds = 5) {
    super('The upload could not be committed before the deadline; nothing was stored, send it again');
    this.name = 'UploadDeadlineError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
