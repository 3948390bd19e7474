/** The public entry of the audit capability: reading the log (the platform writes it). */
export { AuditRepository, auditRepository, type AuditPage, type StoredAuditEntry } from './repository.ts';
export { MAX_AUDIT_RANGE_DAYS, effectiveRange, rangeBound, daysOf, tooLong, type AuditSelection, type AuditRange } from './model.ts';
export { encodeAuditCursor, decodeAuditCursor } from './contract.ts';
