/** The published JSON-stat 2.0 schema (draft-04, test/fixtures/json-stat/SOURCE.md) as a validator. */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type AjvLike = { compile(schema: object): Validator };
// CommonJS default exports, as test/support/contract.ts reads them.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (options: object) => AjvLike;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: AjvLike) => unknown;

// unicodeRegExp off: the published schema's date pattern escapes '-', which a /u regular expression refuses.
const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
addFormats(ajv);
export const validateJsonStat: Validator = ajv.compile(JSON.parse(readFileSync('test/fixtures/json-stat/schema-2.0.json', 'utf8')));

/** Statistics Norway's published quarterly series as shipped, read independently of the code's parser. */
export function publishedNationalSeries(): Map<string, { total: string; self: string; doctor: string }> {
  const lines = readFileSync('data/reference/ssb_sykefravaer_alle_naeringer_kvartal_2000K2-2011K3.csv', 'utf8').trim().split(/\r?\n/).slice(1);
  return new Map(lines.map((line) => line.split(',')).map(([year, q, total, self, doctor]) => [`${year}Q${q}`, { total: total!, self: self!, doctor: doctor! }]));
}
