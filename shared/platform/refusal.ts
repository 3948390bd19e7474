/**
 * A domain rule said no. Thrown by pure domain code; the HTTP stack renders it as a problem
 * (409 for a conflict with the current state, 422 for invalid input, 404 for a missing thing).
 */
export type RefusalKind = 'conflict' | 'invalid' | 'not-found';

export interface RefusalField {
  readonly pointer: string;
  readonly detail: string;
  /** For uploads: the data row (1-based) and column. */
  readonly row?: number;
  readonly column?: string;
}

export class Refusal extends Error {
  readonly kind: RefusalKind;
  readonly fields: readonly RefusalField[];

  constructor(kind: RefusalKind, message: string, fields: readonly RefusalField[] = []) {
    super(message);
    this.name = 'Refusal';
    this.kind = kind;
    this.fields = fields;
  }
}

export const refuse = {
  /** `fields` name what conflicts, when it is one element of the request (an item of a list). */
  conflict: (message: string, fields: readonly RefusalField[] = []) => new Refusal('conflict', message, fields),
  invalid: (message: string, fields: readonly RefusalField[] = []) => new Refusal('invalid', message, fields),
  notFound: (message: string) => new Refusal('not-found', message),
};
