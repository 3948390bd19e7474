/** The public entry of the exports capability: what its handler uses. */
export * from './model.ts';
export { EXPORT_OBJECT_DAYS, EXPORT_OBJECT_PREFIX, EXPORT_URL_SECONDS } from './contract.ts';
export { rowsOf, type SourceInput } from './sources.ts';
export { writeExport, type WriteOptions } from './writers.ts';
export { exportObjectKey, presignExportGet, storeExport } from './objects.ts';
