/**
 * What this capability deploys, declared once (see shared/routing.ts): the secretariat's view of
 * the audit log. Plain data.
 */
import type { RouteDeclaration } from '../platform/declarations.ts';
import { AuditEntryList, ListAuditEntriesQuery } from './contract.ts';
import { MAX_AUDIT_RANGE_DAYS } from './model.ts';

export const listAuditEntries = {
  function: {
    name: 'listAuditEntries',
    entry: 'functions/audit/list-audit-entries.ts',
    purpose: 'the audit log by resource, person or time',
    grants: ['audit:read'],
  },
  method: 'GET',
  path: '/audit-entries',
  access: ['secretariat'],
  summary: `Audit entries of a resource, a person (or subject) or a time range (at most ${MAX_AUDIT_RANGE_DAYS} days), oldest first`,
  contract: {
    query: ListAuditEntriesQuery,
    success: { status: 200, description: 'One page of entries', schema: AuditEntryList },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const routes = [listAuditEntries] as const;
