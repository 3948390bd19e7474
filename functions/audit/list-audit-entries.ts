import { auditRepository, decodeAuditCursor, effectiveRange, encodeAuditCursor, type AuditSelection } from '#shared/audit/index.ts';
import { listAuditEntries } from '#shared/audit/routes.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';

/** GET /audit-entries?resource=…|personId=…|subject=…&from=&to=: the secretariat reads the audit log, a page at a time (by time alone, without a range: the last day). */
export const handler = httpHandler(listAuditEntries, async ({ query }) => {
  const selection: AuditSelection = query.resource ? { by: 'resource', resource: query.resource } : query.personId || query.subject ? { by: 'actor', actor: (query.personId ?? query.subject)! } : { by: 'time' };
  const range = effectiveRange(query, selection.by === 'time', new Date());
  const { entries, lastKey } = await auditRepository().find(selection, range, query.limit, query.cursor ? decodeAuditCursor(query.cursor) : undefined);
  return json(200, { entries, ...(lastKey ? { nextCursor: encodeAuditCursor(lastKey) } : {}) });
});
