/**
 * Errors that become RFC 9457 problem responses. Throw one anywhere below a handler; the
 * problemDetails middleware renders it. Anything else becomes a generic 500 problem (or 503
 * when the database is unreachable) without internals.
 */
import type { FieldError } from '../contract/problem.ts';

export class HttpProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** RFC 9457 extension members, beside the standard ones (a budget line's remainder). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    slug: string,
    title: string,
    detail?: string,
    errors?: readonly FieldError[],
    headers: Readonly<Record<string, string>> = {},
    extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
    this.extensions = extensions;
  }

  get type(): string {
    return `/problems/${this.slug}`;
  }
}

export const problems = {
  malformedJson: (detail: string) => new HttpProblem(400, 'malformed-json', 'The request body is not valid JSON', detail),
  invalidEncoding: () =>
    new HttpProblem(400, 'invalid-encoding', 'The request body is not valid UTF-8', 'Send the body encoded as UTF-8: some of its bytes are not UTF-8 (or it holds U+FFFD, the mark of bytes that could not be read)'),
  unauthenticated: (detail: string) =>
    new HttpProblem(401, 'unauthenticated', 'A valid bearer token is required', detail, undefined, { 'www-authenticate': 'Bearer' }),
  forbidden: (detail: string) => new HttpProblem(403, 'forbidden', 'Not allowed', detail),
  notFound: (detail: string) => new HttpProblem(404, 'not-found', 'Not found', detail),
  conflict: (detail: string, errors?: readonly FieldError[]) => new HttpProblem(409, 'conflict', 'Conflict with the current state', detail, errors && errors.length > 0 ? errors : undefined),
  payloadTooLarge: (limit: number) =>
    new HttpProblem(413, 'payload-too-large', 'The request body is too large', `At most ${limit} bytes are accepted`),
  unsupportedMediaType: (expected: string) =>
    new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', `Send the body as ${expected}`),
  validationFailed: (errors: readonly FieldError[], detail?: string) =>
    new HttpProblem(422, 'validation-failed', 'The request is not valid', detail ?? `${errors.length} field(s) are missing or invalid`, errors),
  gone: (detail: string) => new HttpProblem(410, 'gone', 'No longer valid', detail),
  unknownMunicipality: (number: string) =>
    new HttpProblem(422, 'unknown-municipality', 'Unknown municipality', `No municipality has number ${number}`),
  tooManyRequests: (retryAfterSeconds: number, limit: number, windowSeconds: number, rateClass: string) =>
    new HttpProblem(
      429,
      'too-many-requests',
      'Too many requests',
      `At most ${limit} ${rateClass === 'standard' ? '' : `${rateClass} `}requests per ${windowSeconds} s are accepted from one caller; retry after ${retryAfterSeconds} s`,
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
  /** The register does not know the number, or the municipality did not exist on the day that counts (`errors` name each). */
  outsideRegister: (errors: readonly FieldError[], detail: string) => new HttpProblem(422, 'unknown-municipality', 'Unknown municipality', detail, errors),
  serviceUnavailable: () =>
    new HttpProblem(503, 'service-unavailable', 'Temporarily unavailable', 'Please retry shortly', undefined, { 'retry-after': '5' }),
  uploadInProgress: (retryAfterSeconds: number) =>
    new HttpProblem(409, 'upload-in-progress', 'The same upload is in progress', 'Another request is storing this same content; retry to get its receipt', undefined, { 'retry-after': String(retryAfterSeconds) }),
  uploadNotCommitted: (retryAfterSeconds: number) =>
    new HttpProblem(503, 'upload-not-committed', 'The upload was not committed', 'It could not be committed in time; nothing was stored, send it again', undefined, { 'retry-after': String(retryAfterSeconds) }),
  internal: () => new HttpProblem(500, 'internal-error', 'Internal error', 'The error has been logged'),
} as const;
