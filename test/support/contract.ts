/**
 * The contract check: every real response is held against the OpenAPI document as a client
 * generated from it would rely on it. For one exchange (method, URL, status, headers, body):
 * - the request matches a documented operation (method and path template);
 * - the status is listed for that operation (exactly, or by its `4XX` range, or `default`);
 * - a body comes with a documented media type, and no documented body is missing;
 * - the body validates against that media type's schema with a standard JSON Schema 2020-12
 *   validator (ajv 8, formats checked), `$ref`s resolved against the document's components;
 * - every documented response header is present when required, and matches its schema.
 * A `Location` header is followed by the walk (`ContractRecorder.follow`), so a URL the API
 * hands out must itself be a documented GET.
 *
 * `ContractRecorder.fetch` wraps `fetch`: the walk sends every request through it (plain calls
 * and the generated client alike), so every response of the walk is checked, not a chosen few.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// ajv-formats is CommonJS: its default export arrives wrapped under node's ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  [key: string]: unknown;
};

export const DOCUMENT_PATH = join(import.meta.dirname, '..', '..', 'docs', 'openapi.json');

/** The document checked: docs/openapi.json, or another one named by CONTRACT_DOCUMENT (to try a draft of the document against the walk). */
export function loadDocument(path = process.env.CONTRACT_DOCUMENT || DOCUMENT_PATH): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface MediaType { schema?: unknown }
interface HeaderObject { required?: boolean; schema?: Record<string, unknown>; $ref?: string }
interface ResponseObject { content?: Record<string, MediaType>; headers?: Record<string, HeaderObject>; $ref?: string }
interface Parameter { in: string; name: string; required?: boolean; schema?: unknown; $ref?: string }
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType>; $ref?: string };
  responses?: Record<string, ResponseObject>;
}

export interface DocumentedOperation {
  readonly id: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  /** Literal characters in the template: the more, the more specific (`/applications/drafts` before `/applications/{id}`). */
  readonly specificity: number;
  readonly pointer: string;
  readonly operation: Operation;
}

/** One HTTP exchange as the recorder saw it. */
export interface Exchange {
  readonly method: string;
  /** Path and query, e.g. `/applications?cohortId=…`. */
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  /** What was sent, when known: checked when the API accepted it (2xx). */
  readonly request?: { readonly headers: Headers; readonly body: string };
}

/**
 * The API's own headers: where one is sent (by the API, or accepted from the caller) the
 * document must name it, or a generated client cannot send or read it.
 */
export const API_RESPONSE_HEADERS = ['location', 'retry-after', 'www-authenticate', 'x-correlation-id', 'allow'] as const;
export const API_REQUEST_HEADERS = ['idempotency-key', 'x-correlation-id'] as const;

export interface Mismatch {
  readonly operation: string;
  readonly status: number;
  /** Where in the response: `body/programmeGoal/date`, `header/location`, `status`, `content-type`. */
  readonly pointer: string;
  readonly message: string;
  readonly request: string;
}

export const formatMismatch = (m: Mismatch) => `${m.operation} ${m.status} ${m.pointer}: ${m.message} (${m.request})`;

/** Mismatches of one kind together (ids and values left out), with how many responses had it: the list to fix from. */
export function groupMismatches(mismatches: readonly Mismatch[]): string[] {
  const generic = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32}\b/g, '{id}').replace(/\("[^]*?"\)/g, '(…)');
  const counts = new Map<string, number>();
  for (const m of mismatches) {
    const key = `${generic(m.operation)} ${m.status} ${m.pointer}: ${generic(m.message)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => `${key}${n > 1 ? ` (×${n})` : ''}`);
}

/** The media type without parameters, lower case: `application/json; charset=utf-8` → `application/json`. */
const essence = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');
const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** The document's specification extensions (`x-…`): annotations, allowed wherever they appear. */
function extensionsOf(node: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(node)) for (const item of node) extensionsOf(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      extensionsOf(value, found);
    }
  }
  return [...found];
}

export class ContractChecker {
  readonly operations: readonly DocumentedOperation[];
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  private static readonly ROOT = 'urn:kvalitetskommune:openapi';

  readonly document: OpenApiDocument;

  constructor(document: OpenApiDocument) {
    this.document = document;
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true, validateFormats: true });
    addFormats(this.ajv);
    // OpenAPI's own keywords beside JSON Schema's, and the document's non-schema members at the root.
    this.ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', 'openapi', 'info', 'paths', 'components', 'servers', 'security', 'tags', 'webhooks', 'jsonSchemaDialect', ...extensionsOf(document)]);
    // The whole document under one id: a schema's `#/components/schemas/X` resolves in it as written.
    this.ajv.addSchema({ ...document, $id: ContractChecker.ROOT } as object, undefined, undefined, false);
    const operations: DocumentedOperation[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as Operation | undefined;
        if (!operation) continue;
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
        operations.push({
          id: operation.operationId ?? `${method.toUpperCase()} ${template}`,
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          specificity: template.replace(/\{[^}]+\}/g, '').length,
          pointer: `#/paths/${escapePointer(template)}/${method}`,
          operation,
        });
      }
    }
    this.operations = operations;
  }

  /** The documented operation a request is for, the most specific template first (as a router picks). */
  match(method: string, url: string): DocumentedOperation | undefined {
    const path = new URL(url, 'http://x').pathname;
    return this.operations
      .filter((op) => op.method === method.toUpperCase() && op.pattern.test(path))
      .sort((a, b) => b.specificity - a.specificity)[0];
  }

  /** Everything in one exchange that its document does not describe; empty when it conforms. */
  check(exchange: Exchange): Mismatch[] {
    const request = `${exchange.method} ${exchange.url}`;
    const op = this.match(exchange.method, exchange.url);
    const found: Mismatch[] = [];
    const miss = (pointer: string, message: string) => found.push({ operation: op?.id ?? `${exchange.method} ${new URL(exchange.url, 'http://x').pathname}`, status: exchange.status, pointer, message, request });
    if (!op) {
      miss('operation', 'no documented operation for this method and path');
      return found;
    }
    const responses = op.operation.responses ?? {};
    const key = [String(exchange.status), `${String(exchange.status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) {
      miss('status', `status ${exchange.status} is not documented for ${op.id} (documented: ${Object.keys(responses).join(', ')})`);
      return found;
    }
    // A response, header, parameter or body may be a $ref into components: checked where it points.
    const { pointer: responsePointer, value: response } = this.locate<ResponseObject>(`${op.pointer}/responses/${escapePointer(key)}`);
    const content = response.content ?? {};
    const mediaType = essence(exchange.headers.get('content-type'));
    if (exchange.body === '') {
      if (Object.keys(content).length > 0) miss('body', `no body, but ${Object.keys(content).join(', ')} is documented`);
    } else if (Object.keys(content).length === 0) {
      miss('content-type', `a ${mediaType || 'untyped'} body, but no body is documented`);
    } else {
      const mediaKey = Object.keys(content).find((m) => m.toLowerCase() === mediaType) ?? Object.keys(content).find((m) => this.wildcard(m, mediaType));
      if (!mediaKey) {
        miss('content-type', `content-type ${mediaType || '(none)'} is not documented (documented: ${Object.keys(content).join(', ')})`);
      } else if (content[mediaKey]!.schema !== undefined) {
        let value: unknown = exchange.body;
        let readable = true;
        if (isJson(mediaType)) {
          try {
            value = JSON.parse(exchange.body);
          } catch (error) {
            readable = false;
            miss('body', `not JSON although ${mediaType}: ${(error as Error).message}`);
          }
        }
        if (readable) {
          const validate = this.validator(`${responsePointer}/content/${escapePointer(mediaKey)}/schema`);
          if (!validate(value)) for (const error of validate.errors ?? []) miss(`body${this.instancePointer(error)}`, this.describe(error));
        }
      }
    }
    found.push(...this.problemPromise(exchange, op.id));
    const documentedHeaders = new Set(Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()));
    for (const name of API_RESPONSE_HEADERS) {
      if (exchange.headers.has(name) && !documentedHeaders.has(name)) miss(`header/${name}`, `the response carries ${name} (${JSON.stringify(exchange.headers.get(name))}), which is not documented for it`);
    }
    if (exchange.request && exchange.status >= 200 && exchange.status < 300) found.push(...this.checkAcceptedRequest(exchange, op, miss));
    for (const name of Object.keys(response.headers ?? {})) {
      // OpenAPI: a Content-Type entry among response headers is ignored (the media type says it).
      if (name.toLowerCase() === 'content-type') continue;
      const { pointer: headerPointer, value: header } = this.locate<HeaderObject>(`${responsePointer}/headers/${escapePointer(name)}`);
      const value = exchange.headers.get(name);
      if (value === null) {
        if (header.required) miss(`header/${name.toLowerCase()}`, `required header ${name} is missing`);
        continue;
      }
      if (!header.schema) continue;
      const validate = this.validator(`${headerPointer}/schema`);
      const typed = this.headerValue(value, header.schema);
      if (!validate(typed)) for (const error of validate.errors ?? []) miss(`header/${name.toLowerCase()}${this.instancePointer(error)}`, `${JSON.stringify(value)} ${this.describe(error)}`);
    }
    return found;
  }

  /**
   * A response to a request the document deliberately does not describe (an unknown path: 404,
   * a documented path with another method: 405), answered by the gateway: it must still be a
   * problem as components/schemas/Problem describes it, with the README's promise kept.
   */
  checkOutside(exchange: Exchange): Mismatch[] {
    const request = `${exchange.method} ${exchange.url}`;
    const operation = `gateway ${exchange.method} ${new URL(exchange.url, 'http://x').pathname}`;
    const found: Mismatch[] = [];
    const miss = (pointer: string, message: string) => found.push({ operation, status: exchange.status, pointer, message, request });
    if (this.match(exchange.method, exchange.url)) miss('operation', 'expected a request outside the document, but it matches a documented operation');
    if (exchange.status < 400) miss('status', `a request outside the document answered ${exchange.status}`);
    if (essence(exchange.headers.get('content-type')) !== 'application/problem+json') {
      miss('content-type', `${essence(exchange.headers.get('content-type')) || '(none)'} instead of application/problem+json`);
      return found;
    }
    let value: unknown;
    try {
      value = JSON.parse(exchange.body);
    } catch (error) {
      miss('body', `not JSON: ${(error as Error).message}`);
      return found;
    }
    const validate = this.validator('#/components/schemas/Problem');
    if (!validate(value)) for (const error of validate.errors ?? []) miss(`body${this.instancePointer(error)}`, this.describe(error));
    return [...found, ...this.problemPromise(exchange, operation)];
  }

  /** README (API): every error carries `instance` and the request's `correlationId`, whoever answered it. */
  private problemPromise(exchange: Exchange, operation: string): Mismatch[] {
    if (essence(exchange.headers.get('content-type')) !== 'application/problem+json') return [];
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(exchange.body) as Record<string, unknown>;
    } catch {
      return [];
    }
    const request = `${exchange.method} ${exchange.url}`;
    return ['instance', 'correlationId']
      .filter((field) => typeof value?.[field] !== 'string' || value[field] === '')
      .map((field) => ({ operation, status: exchange.status, pointer: `body/${field}`, message: `missing: the README promises ${field} on every error`, request }));
  }

  /**
   * A request the API accepted (2xx) must be one the document allows: its media type declared,
   * its body valid against the request schema, its query and API headers declared parameters.
   */
  private checkAcceptedRequest(exchange: Exchange, op: DocumentedOperation, miss: (pointer: string, message: string) => void): Mismatch[] {
    const sent = exchange.request!;
    const pathLevel = (this.document.paths[op.template] as { parameters?: Parameter[] }).parameters ?? [];
    const located = [
      ...(op.operation.parameters ?? []).map((_, i) => this.locate<Parameter>(`${op.pointer}/parameters/${i}`)),
      ...pathLevel.map((_, i) => this.locate<Parameter>(`#/paths/${escapePointer(op.template)}/parameters/${i}`)),
    ];
    const parameters = located.map((l) => l.value);
    const parameterPointer = (p: Parameter) => `${located.find((l) => l.value === p)!.pointer}/schema`;
    for (const name of API_REQUEST_HEADERS) {
      if (!sent.headers.has(name)) continue;
      const declared = parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === name);
      if (!declared) miss(`request/header/${name}`, `accepted the request header ${name}, which is not a documented parameter`);
    }
    const query = new URL(exchange.url, 'http://x').searchParams;
    for (const [name, value] of query) {
      const declared = parameters.find((p) => p.in === 'query' && p.name === name);
      if (!declared) {
        miss(`request/query/${name}`, 'accepted a query parameter that is not documented');
        continue;
      }
      if (!declared.schema) continue;
      const pointer = parameterPointer(declared);
      const validate = this.validator(pointer);
      const typed = this.headerValue(value, declared.schema as Record<string, unknown>);
      if (!validate(typed)) for (const error of validate.errors ?? []) miss(`request/query/${name}${this.instancePointer(error)}`, `accepted ${JSON.stringify(value)}, which the document forbids: ${this.describe(error)}`);
    }
    if (sent.body === '') return [];
    const requestBody = op.operation.requestBody ? this.locate<{ content?: Record<string, MediaType> }>(`${op.pointer}/requestBody`) : { pointer: '', value: {} as { content?: Record<string, MediaType> } };
    const content = requestBody.value.content ?? {};
    const mediaType = essence(sent.headers.get('content-type'));
    const mediaKey = Object.keys(content).find((m) => m.toLowerCase() === mediaType) ?? Object.keys(content).find((m) => this.wildcard(m, mediaType));
    if (!mediaKey) {
      miss('request/content-type', `accepted a ${mediaType || 'untyped'} request body, which is not documented (documented: ${Object.keys(content).join(', ') || 'no body'})`);
      return [];
    }
    if (content[mediaKey]!.schema === undefined || !isJson(mediaType)) return [];
    let value: unknown;
    try {
      value = JSON.parse(sent.body);
    } catch {
      miss('request/body', 'accepted a request body that is not JSON');
      return [];
    }
    const validate = this.validator(`${requestBody.pointer}/content/${escapePointer(mediaKey)}/schema`);
    if (!validate(value)) for (const error of validate.errors ?? []) miss(`request/body${this.instancePointer(error)}`, `accepted, but the document forbids it: ${this.describe(error)}`);
    return [];
  }

  /** The statuses documented for an operation. */
  statuses(op: DocumentedOperation): string[] {
    return Object.keys(op.operation.responses ?? {});
  }

  private wildcard(documented: string, actual: string): boolean {
    const [type, subtype] = documented.toLowerCase().split('/');
    const [aType] = actual.split('/');
    return documented === '*/*' || (subtype === '*' && type === aType);
  }

  /** A header value as its schema's type reads it (headers are strings on the wire). */
  private headerValue(value: string, schema: Record<string, unknown>): unknown {
    const resolved = this.deref<Record<string, unknown>>(schema);
    if ((resolved.type === 'integer' || resolved.type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
    if (resolved.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
    return value;
  }

  private validator(target: string): ValidateFunction {
    let validate = this.validators.get(target);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${ContractChecker.ROOT}${target}` });
      this.validators.set(target, validate);
    }
    return validate;
  }

  /** The node at a JSON pointer of the document, local `$ref`s followed: its value and where it really is. */
  private locate<T>(pointer: string): { pointer: string; value: T } {
    let current = pointer;
    for (let hops = 0; hops < 16; hops++) {
      const node = current
        .slice(2)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<any>((n, token) => n?.[token], this.document);
      if (node && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) current = node.$ref;
      else return { pointer: current, value: (node ?? {}) as T };
    }
    throw new Error(`A $ref cycle at ${pointer}`);
  }

  /** A local `$ref` (`#/components/...`) followed to what it names; anything else as it is. */
  private deref<T>(value: T & { $ref?: string }): T {
    let current: any = value;
    for (let hops = 0; current && typeof current.$ref === 'string' && current.$ref.startsWith('#/') && hops < 16; hops++) {
      current = current.$ref
        .slice(2)
        .split('/')
        .map((t: string) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((node: any, token: string) => node?.[token], this.document);
    }
    return (current ?? value) as T;
  }

  /** The JSON pointer of the offending value: for an extra or a missing property, the property itself. */
  private instancePointer(error: ErrorObject): string {
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') return `${error.instancePath}/${escapePointer(String(params.additionalProperty ?? params.unevaluatedProperty))}`;
    if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(String(params.missingProperty))}`;
    return error.instancePath;
  }

  private describe(error: ErrorObject): string {
    const params = Object.entries(error.params as Record<string, unknown>).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ');
    return `${error.message ?? error.keyword} [${error.keyword} at schema ${error.schemaPath}${params ? `; ${params}` : ''}]`;
  }
}

/** What a walk did against its document: exercised operations and statuses, and every mismatch. */
export class ContractRecorder {
  readonly checker: ContractChecker;
  readonly mismatches: Mismatch[] = [];
  /** operationId → status → how many responses. */
  readonly seen = new Map<string, Map<number, number>>();
  responses = 0;
  /** Responses to requests deliberately outside the document (gateway 404/405), checked as problems. */
  outside = 0;

  private readonly baseUrl: () => string;

  constructor(document: OpenApiDocument, baseUrl: () => string) {
    this.baseUrl = baseUrl;
    this.checker = new ContractChecker(document);
  }

  /** `fetch` that checks the response it returns; relative URLs go to the stack. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), this.baseUrl()), init);
    const sent = { headers: new Headers(request.headers), body: request.body ? await request.clone().text() : '' };
    // A 303 (an export's presigned download) is the operation's answer: checked as such, not followed.
    const response = await fetch(request, { redirect: 'manual' });
    const body = await response.clone().text();
    const url = new URL(request.url);
    this.record({ method: request.method, url: `${url.pathname}${url.search}`, status: response.status, headers: response.headers, body, request: sent });
    return response;
  };

  /** `fetch` for a request deliberately outside the document (see ContractChecker.checkOutside). */
  readonly fetchOutside = async (path: string, init?: RequestInit): Promise<Response> => {
    const response = await fetch(new URL(path, this.baseUrl()), init);
    const body = await response.clone().text();
    this.responses++;
    this.outside++;
    this.mismatches.push(...this.checker.checkOutside({ method: init?.method ?? 'GET', url: path, status: response.status, headers: response.headers, body }));
    return response;
  };

  record(exchange: Exchange): Mismatch[] {
    this.responses++;
    const op = this.checker.match(exchange.method, exchange.url);
    if (op) {
      const statuses = this.seen.get(op.id) ?? new Map<number, number>();
      statuses.set(exchange.status, (statuses.get(exchange.status) ?? 0) + 1);
      this.seen.set(op.id, statuses);
    }
    const found = this.checker.check(exchange);
    this.mismatches.push(...found);
    return found;
  }

  /** Documented operations no response of the walk was for. */
  unexercised(): string[] {
    return this.checker.operations.filter((op) => !this.seen.has(op.id)).map((op) => `${op.id} (${op.method} ${op.template})`);
  }

  /** Documented operation × status pairs no response of the walk had (429 and 503 among them: not provoked here). */
  unseenPairs(): string[] {
    return this.checker.operations.flatMap((op) => this.checker.statuses(op).filter((status) => !this.seen.get(op.id)?.has(Number(status))).map((status) => `${op.id} ${status}`));
  }

  figures() {
    const pairs = [...this.seen.values()].reduce((n, statuses) => n + statuses.size, 0);
    const documentedPairs = this.checker.operations.reduce((n, op) => n + this.checker.statuses(op).length, 0);
    // Pairs of documented operations only; a request no operation matched is counted apart.
    const failingPairs = new Set(this.mismatches.filter((m) => this.seen.get(m.operation)?.has(m.status)).map((m) => `${m.operation} ${m.status}`)).size;
    const unmatched = this.mismatches.filter((m) => m.pointer === 'operation').length;
    return {
      operations: this.checker.operations.length,
      operationsExercised: this.seen.size,
      responsesChecked: this.responses,
      operationStatusPairsSeen: pairs,
      operationStatusPairsDocumented: documentedPairs,
      operationStatusPairsConforming: pairs - failingPairs,
      operationStatusPairsWithMismatch: failingPairs,
      responsesToUndocumentedOperations: unmatched,
      outsideTheDocument: this.outside,
      mismatches: this.mismatches.length,
    };
  }
}
