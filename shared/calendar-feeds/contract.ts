/** Calendar feeds: the wire schemas, derived from the model. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDateTime } from '../platform/contract/common.ts';
import { FEED_SCOPES, type CalendarFeed as CalendarFeedRecord } from './model.ts';

const Uuid = (what: string) => z.string().regex(/^[0-9a-f-]{36}$/, `A ${what} id is a UUID`);

export const CalendarFeedRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      scope: z.enum(FEED_SCOPES).meta({ description: 'cohort = a cohort’s gatherings; network = a network’s own gatherings and its cohort’s; municipality = the gatherings of its cohorts and networks, and its report due dates' }),
      id: z
        .string()
        .regex(/^(\d{4}|[0-9a-f-]{36})$/, 'A cohort’s or network’s id (UUID), or a municipality’s number (four digits)')
        .meta({ description: 'The cohort’s or network’s id, or the municipality’s number', example: '1721' }),
    })
    .strict()
    .superRefine((request, ctx) => {
      const isNumber = /^\d{4}$/.test(request.id ?? '');
      if (request.scope === 'municipality' ? !isNumber : isNumber) ctx.addIssue({ code: 'custom', path: ['id'], message: request.scope === 'municipality' ? 'A municipality is named by its number' : `A ${request.scope} is named by its id (UUID)` });
    })
    .meta({ id: 'CalendarFeedRequest' }),
);

export const CalendarFeed = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: Uuid('calendar feed'),
      scope: z.enum(FEED_SCOPES),
      scopeId: z.string(),
      cohortId: z.string().optional().meta({ description: 'A network’s cohort' }),
      name: z.string().meta({ example: 'Verdal kommune' }),
      createdAt: IsoDateTime,
      rotatedAt: IsoDateTime.optional(),
    })
    .meta({ id: 'CalendarFeed', description: 'A feed (its secret URL is shown only when created or rotated)' }),
);

export const CalendarFeedWithUrl = /* @__PURE__ */ schema(() =>
  z
    .object({
      feed: CalendarFeed,
      url: z.url().meta({ description: 'The secret URL to subscribe to (shown only now; only its SHA-256 is kept)', example: 'https://api.example/calendar/3q2-7wSxvN0fG1kP8yVb4cQmZ5rT6uH9aL0eJ2dW1sX.ics' }),
    })
    .meta({ id: 'CalendarFeedWithUrl' }),
);

export const CalendarFeedList = /* @__PURE__ */ schema(() => z.object({ feeds: z.array(CalendarFeed) }).meta({ id: 'CalendarFeedList' }));

export const CalendarFeedParams = /* @__PURE__ */ schema(() => z.object({ feedId: Uuid('calendar feed') }));

/** The last path segment of a feed's URL: the secret and `.ics`. Anything else is simply unknown (404). */
export const CalendarParams = /* @__PURE__ */ schema(() => z.object({ feed: z.string().min(1).max(100).meta({ description: '`<secret>.ics`', example: '3q2-7wSxvN0fG1kP8yVb4cQmZ5rT6uH9aL0eJ2dW1sX.ics' }) }));

export const CalendarText = /* @__PURE__ */ schema(() => z.string().meta({ description: 'iCalendar (RFC 5545): VTIMEZONE Europe/Oslo and one VEVENT per gathering, session or report due date' }));

/** The wire form of a feed: never its secret's hash nor its owner. */
export function feedView(feed: CalendarFeedRecord): z.infer<typeof CalendarFeed> {
  const { id, scope, scopeId, cohortId, name, createdAt, rotatedAt } = feed;
  return { id, scope, scopeId, ...(cohortId ? { cohortId } : {}), name, createdAt, ...(rotatedAt ? { rotatedAt } : {}) };
}

export type CalendarFeedRequest = z.infer<typeof CalendarFeedRequest>;
