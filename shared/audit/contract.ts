/** The audit route's query and answer. */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
import { IsoDate, IsoDateTime } from '../platform/contract/common.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { effectiveRange, MAX_AUDIT_RANGE_DAYS, rangeBound, tooLong, type AuditRange } from './model.ts';

/** A cursor is the sort key of the page's last entry (`<at>#<entry id>`), base64url: the next page starts after it. */
const CURSOR_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9a-f-]{36}$/;

export function encodeAuditCursor(sortKey: string): string {
  return Buffer.from(sortKey).toString('base64url');
}

/** The sort key a cursor names, or undefined for one the API did not give. */
export function decodeAuditCursor(cursor: string): string | undefined {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return CURSOR_KEY.test(key) ? key : undefined;
}

const Instant = /* @__PURE__ */ schema(() => z.union([IsoDateTime, IsoDate]).meta({ description: 'An instant (ISO 8601 with offset) or a day (yyyy-mm-dd, UTC: `from` its start, `to` its end)' }));

export const ListAuditEntriesQuery = /* @__PURE__ */ schema(() =>
  z
    .object({
      resource: z
        .string()
        .regex(/^[a-z][a-z0-9-]*:\S{1,300}$|^none$/, 'A resource is <kind>:<id>, as entries name them (application:<id>, municipality:1721, cohort:<id>)')
        .optional()
        .meta({ description: 'Entries of one resource, e.g. `application:<id>`, `municipality:1721` (its changes and the reads of its figures)', example: 'municipality:1721' }),
      personId: z.string().min(1).max(200).optional().meta({ description: 'Entries of one person (staff or a municipality’s)' }),
      subject: z.string().min(1).max(200).optional().meta({ description: 'Entries of a token subject without a person: a Maskinporten client_id, a bootstrap account, `function:<name>` for the system' }),
      from: Instant.optional().meta({ description: 'Start of the range (inclusive); by time alone, default one day before `to`' }),
      to: Instant.optional().meta({ description: 'End of the range (exclusive; a day: its end); by time alone, default now' }),
      limit: PageQuery.limit,
      cursor: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,200}$/, 'Use the nextCursor of the previous page')
        .refine((cursor) => decodeAuditCursor(cursor) !== undefined, 'Use the nextCursor of the previous page')
        .optional()
        .meta({ description: 'nextCursor of the previous page' }),
    })
    .superRefine((query, ctx) => {
      const chosen = (['resource', 'personId', 'subject'] as const).filter((field) => query[field] !== undefined);
      for (const field of chosen.slice(1)) ctx.addIssue({ code: 'custom', path: [field], message: `Give one of resource, personId or subject, not ${chosen.join(' and ')}` });
    })
    .refine((query) => query.from === undefined || query.to === undefined || rangeBound(query.from, 'from') < rangeBound(query.to, 'to'), {
      path: ['to'],
      message: 'to must be after from',
      ...whenValid('from', 'to'),
    })
    .superRefine((query, ctx) => {
      if ([query.resource, query.personId, query.subject].some((v) => v !== undefined)) return;
      // A malformed instant is reported alone (zod skips this refinement then; the check keeps it so).
      if ([query.from, query.to].some((v) => v !== undefined && Number.isNaN(Date.parse(v)))) return;
      const range = effectiveRange(query, true, new Date()) as AuditRange;
      if (tooLong(range)) ctx.addIssue({ code: 'custom', path: [query.to !== undefined ? 'to' : 'from'], message: `A query by time spans at most ${MAX_AUDIT_RANGE_DAYS} days; ask for a longer range in parts` });
    }),
);

const AuditActorSchema = /* @__PURE__ */ schema(() =>
  z
    .object({
      kind: z.enum(['staff', 'person', 'machine', 'system']),
      subject: z.string().meta({ description: 'The token’s subject (a machine: its client_id), or `function:<name>` when the system acted on an event or schedule' }),
      personId: z.string().optional(),
      roles: z.array(z.string()).optional().meta({ description: 'The role(s) or scopes the access check saw' }),
      municipalityNumber: z.string().optional(),
      organisationNumber: z.string().optional().meta({ description: 'A machine client: the organisation its Maskinporten token was issued to' }),
      supplier: z.string().optional().meta({ description: 'A machine client: the vendor acting for the municipality' }),
    })
    .meta({ id: 'AuditActor' }),
);

export const AuditEntrySchema = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      at: IsoDateTime,
      actor: AuditActorSchema,
      action: z.string().meta({ description: '`METHOD /path` of the route, or `function:<name>`', example: 'POST /applications' }),
      what: z.array(z.string()).meta({ description: 'The events the change caused, `state-change` when none, or `read:absence-figures`' }),
      resources: z.array(z.string()).meta({ description: 'Every resource the change wrote, `<kind>:<id>`', example: ['application:0b5f…', 'cohort:2008-vår'] }),
      correlationId: z.string(),
      expiresAt: IsoDateTime.meta({ description: 'When the entry expires (the configured retention)' }),
    })
    .meta({ id: 'AuditEntry' }),
);

export const AuditEntryList = /* @__PURE__ */ schema(() => z.object({ entries: z.array(AuditEntrySchema), nextCursor: NextCursor }).meta({ id: 'AuditEntryList' }));
