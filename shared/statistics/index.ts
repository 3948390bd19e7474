/** The statistics capability's public runtime entry: the national reference, the open statistics' table, JSON-stat. Not here, so the comparison route stays small: the CSV writer (csv.ts), which the statistics handler imports directly. */
export * from './model.ts';
export * from './national-reference.ts';
export { toJsonStat, PROGRAMME_SOURCE, type JsonStatDataset } from './json-stat.ts';
