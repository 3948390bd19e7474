/** The statistics capability's public runtime entry: the national reference, the open statistics' table and its formats. */
export * from './model.ts';
export * from './national-reference.ts';
export { toJsonStat, PROGRAMME_SOURCE, type JsonStatDataset } from './json-stat.ts';
export { toCsv, STATISTICS_COLUMNS } from './csv.ts';
