/**
 * What this capability deploys, declared once (see shared/routing.ts): the export route. Plain
 * data. The route lets the secretariat and evaluators in; which kinds an evaluator may take is
 * model.ts's EXPORT_READERS, checked by the handler (403 for another kind).
 */
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration } from '../platform/declarations.ts';
import { ExportLink, ExportParams, ExportQuery } from './contract.ts';

export const exportData = {
  function: {
    name: 'exportData',
    entry: 'functions/exports/export-data.ts',
    purpose: 'an export as CSV or XLSX, streamed to S3, answered with a presigned download (figure exports audited per municipality)',
    grants: ['table:read', 'audit:write', 'exports:write'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
    memoryMb: 1024,
    // Heavy (every cohort's or quarter's items, a file written): a few at once, never the account's whole concurrency.
    reservedConcurrency: 4,
  },
  method: 'GET',
  path: '/exports/{kind}',
  access: ['secretariat', 'evaluator'],
  summary:
    'Export applications, participants, absence figures, target statuses, reports or gathering attendance as CSV (UTF-8 with BOM, `;` by default) or XLSX; ' +
    'answered 303 See Other with a presigned download URL. Evaluators: participants and gathering-attendance only (docs/exports.md)',
  contract: {
    params: ExportParams,
    query: ExportQuery,
    success: { status: 303, description: 'The file is written; Location (and `url`) is its presigned GET, valid 15 minutes', schema: ExportLink, redirect: 'The presigned GET of the export file (S3), valid 15 minutes; send no token with it' },
    problems: [403, 404, 422],
  },
} as const satisfies RouteDeclaration;

export const routes = [exportData] as const;
