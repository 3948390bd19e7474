import { COLUMNS, EXPORT_READERS, EXPORT_URL_SECONDS, FIGURE_KINDS, MEDIA_TYPES, exportObjectKey, fileNameOf, formatOf, presignExportGet, rowsOf, storeExport, writeExport } from '#shared/exports/index.ts';
import { exportData } from '#shared/exports/routes.ts';
import { recordReadOfEach } from '#shared/platform/audit/audit-log.ts';
import { config } from '#shared/platform/config.ts';
import { programmeTable } from '#shared/platform/dynamodb/table.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';

/**
 * GET /exports/{kind}: the rows of one kind, streamed from the table's queries through the
 * CSV or XLSX writer into an object under exports/ in the upload bucket (never a Lambda
 * response: those stop at 6 MB), answered 303 See Other with a presigned GET of it. An export
 * carrying figures is a read of each municipality's figures in it: recorded in the audit log
 * (one entry, under every such municipality) before the link is handed out; when it cannot be,
 * 503 and no link (the unlinked object expires).
 */
export const handler = httpHandler(exportData, async ({ params, query, principal, event }) => {
  const role = principal!.kind === 'staff' ? principal!.role : undefined;
  const readers = EXPORT_READERS[params.kind];
  if (!role || !readers.includes(role)) throw problems.forbidden(`The role ${role ?? 'of a municipality'} may not export ${params.kind}; it is open to ${readers.join(', ')}`);

  const format = formatOf(query.format, event.headers?.accept);
  const at = new Date().toISOString();
  const fileName = fileNameOf(params.kind, format, at);
  const contentType = MEDIA_TYPES[format];
  const bucket = config.uploadBucket();
  const figuresOf = new Set<string>();
  let rows = 0;
  const stored = await storeExport(bucket, exportObjectKey(fileName), contentType, fileName, async (sink) => {
    rows = await writeExport(COLUMNS[params.kind], rowsOf(params.kind, { principal: principal!, from: query.from, to: query.to, figuresOf }), sink, {
      format,
      separator: query.separator,
      headers: query.headers,
      sheetName: params.kind,
    });
  });
  if (FIGURE_KINDS.has(params.kind)) {
    await recordReadOfEach(programmeTable().auditTableName, 'read:absence-figures', [`export:${params.kind}`, ...[...figuresOf].sort().map((n) => `municipality:${n}`)]);
  }
  const url = await presignExportGet(bucket, stored.key, EXPORT_URL_SECONDS);
  const expiresAt = new Date(Date.now() + EXPORT_URL_SECONDS * 1000).toISOString();
  return json(303, { kind: params.kind, format, fileName, contentType, rows, bytes: stored.bytes, url, expiresAt }, { location: url, 'cache-control': 'no-store' });
});
