/**
 * fast-check arbitraries that follow a zod schema's structure (objects with their keys, enums,
 * arrays, unions, optional parts) while filling leaves with values that may or may not satisfy
 * the schema's checks: requests that get past the shape and probe the validation underneath.
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, depth + 1)])), {
        requiredKeys: Object.keys(shape).filter((key) => !['optional', 'default'].includes(defOf(shape[key]!).type)),
      });
    }
    case 'array':
      return fc.array(arbitraryFor(def.element!, depth + 1), { maxLength: 4 });
    case 'optional':
    case 'default':
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!, depth + 1), { nil: undefined });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryFor(option, depth + 1)));
    case 'enum':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) }, { weight: 1, arbitrary: fc.string() });
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'pipe':
      return arbitraryFor(def.in!, depth + 1);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 10 }), arbitraryFor(def.valueType!, depth + 1), { maxKeys: 3 });
    case 'string':
      return fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '2007Q1', '2008-03', '2007-02-28', '2007-02-30', 'a@b.no', 'https://ks.no/x', '1721', '0000', 'x'.repeat(300)));
    case 'number':
      return fc.oneof(fc.integer({ min: -10, max: 5_000 }), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 1e309, 9.8, 100.0001));
    case 'boolean':
      return fc.boolean();
    default:
      return fc.anything();
  }
}
