import type { MiddlewareObj } from '@middy/core';
import type { z } from 'zod';
import type { CsvBody } from '../csv-body.ts';
import { problems } from '../problems.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';
import { fieldErrors } from '../../contract/field-errors.ts';

/** API Gateway accepts up to 10 MB; JSON bodies of this API are far smaller. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export interface RequestSchemas {
  readonly body?: z.ZodType;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  /** Also accept `text/csv` (see csv-body.ts), read into `{ rows }` and checked by `body`. */
  readonly csv?: CsvBody;
  /** Largest accepted body in bytes (default MAX_JSON_BODY_BYTES). */
  readonly maxBodyBytes?: number;
}

/**
 * Parses and validates the path parameters, query and JSON body against the route's zod
 * schemas. Every invalid field is reported at once (422), malformed JSON is a 400, a wrong
 * content type a 415 and an oversized body a 413.
 */
export function parseRequest(schemas: RequestSchemas): MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext> {
  return {
    before: function parseRequestBefore(request) {
      const { event, context } = request;
      if (schemas.params) {
        const parsed = schemas.params.safeParse(event.pathParameters ?? {});
        if (!parsed.success) throw problems.notFound('No such resource');
        context.params = parsed.data;
      }
      if (schemas.query) {
        const parsed = schemas.query.safeParse(event.queryStringParameters ?? {});
        if (!parsed.success) throw problems.validationFailed(fieldErrors(parsed.error, '/query', event.queryStringParameters ?? {}));
        context.query = parsed.data;
      }
      if (!schemas.body) return;

      const contentType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const isCsv = schemas.csv !== undefined && contentType === 'text/csv';
      if (!isCsv && contentType !== 'application/json' && !contentType.endsWith('+json')) {
        throw problems.unsupportedMediaType(schemas.csv ? 'application/json or text/csv' : 'application/json');
      }
      const raw = utf8Body(event);
      const limit = schemas.maxBodyBytes ?? MAX_JSON_BODY_BYTES;
      if (Buffer.byteLength(raw, 'utf8') > limit) throw problems.payloadTooLarge(limit);

      let json: unknown;
      if (isCsv) {
        json = schemas.csv!.read(raw);
      } else {
        // JSON.parse would say "Unexpected end of JSON input", which tells a caller nothing.
        if (raw.trim() === '') throw problems.malformedJson('The body is empty: send a JSON object (`{}` where every field is optional)');
        try {
          json = JSON.parse(raw);
        } catch (error) {
          throw problems.malformedJson((error as Error).message);
        }
      }
      const parsed = schemas.body.safeParse(json);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error, '', json);
        const total = parsed.error.issues.length;
        throw problems.validationFailed(errors, total > errors.length ? `${total} fields are invalid; the first ${errors.length} are listed` : undefined);
      }
      context.body = parsed.data;
    },
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body as text, refused (400) unless it is UTF-8: a base64 body is decoded strictly, and a
 * text body carrying U+FFFD is one that a lenient decoder (the gateway's) already found
 * undecodable. Without this the replaced characters would surface as missing fields.
 */
function utf8Body(event: HttpEvent): string {
  if (!event.isBase64Encoded) {
    const text = event.body ?? '';
    if (text.includes('\uFFFD')) throw problems.invalidEncoding();
    return text;
  }
  try {
    return UTF8.decode(Buffer.from(event.body ?? '', 'base64'));
  } catch {
    throw problems.invalidEncoding();
  }
}
