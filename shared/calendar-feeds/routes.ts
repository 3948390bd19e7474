/**
 * What this capability deploys, declared once (see shared/routing.ts): a person's calendar
 * feeds (create, list, rotate, delete) and the public, cacheable calendar a feed's secret URL
 * opens in a calendar client.
 */
import * as z from 'zod';
import type { RouteDeclaration } from '../platform/declarations.ts';
import { CalendarFeedList, CalendarFeedParams, CalendarFeedRequest, CalendarFeedWithUrl, CalendarParams, CalendarText } from './contract.ts';
import { FEED_HOLDERS } from './model.ts';

const WRITES = ['table:read', 'table:write', 'table:idempotency'] as const;

export const createCalendarFeed = {
  function: { name: 'createCalendarFeed', entry: 'functions/calendar-feeds/create-calendar-feed.ts', purpose: 'a secret calendar feed URL for a cohort, network or municipality the caller may read', grants: WRITES },
  method: 'POST',
  path: '/calendar-feeds',
  access: FEED_HOLDERS,
  summary:
    'Create a calendar feed (iCalendar) of a cohort, a network or a municipality you may read through the API; the answer holds its secret URL, shown only now (only its SHA-256 is kept; with an Idempotency-Key the first answer is replayed for 24 hours)',
  contract: {
    body: CalendarFeedRequest,
    success: { status: 201, description: 'The feed and its secret URL', schema: CalendarFeedWithUrl },
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const listCalendarFeeds = {
  function: { name: 'listCalendarFeeds', entry: 'functions/calendar-feeds/list-calendar-feeds.ts', purpose: 'the caller’s calendar feeds', grants: ['table:read'] },
  method: 'GET',
  path: '/calendar-feeds',
  access: FEED_HOLDERS,
  summary: 'My calendar feeds, oldest first (without their URLs: rotate a feed to get a new one)',
  contract: { success: { status: 200, description: 'The caller’s feeds', schema: CalendarFeedList }, problems: [] },
} as const satisfies RouteDeclaration;

export const rotateCalendarFeedSecret = {
  function: { name: 'rotateCalendarFeedSecret', entry: 'functions/calendar-feeds/rotate-calendar-feed-secret.ts', purpose: 'a new secret URL for one of the caller’s feeds; the old one stops at once', grants: WRITES },
  method: 'POST',
  path: '/calendar-feeds/{feedId}/secret',
  access: FEED_HOLDERS,
  summary: 'Give one of my feeds a new secret URL: the old URL answers 404 from now on',
  contract: {
    params: CalendarFeedParams,
    success: { status: 200, description: 'The feed and its new secret URL', schema: CalendarFeedWithUrl },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const deleteCalendarFeed = {
  function: { name: 'deleteCalendarFeed', entry: 'functions/calendar-feeds/delete-calendar-feed.ts', purpose: 'delete one of the caller’s feeds', grants: ['table:read', 'table:write'] },
  method: 'DELETE',
  path: '/calendar-feeds/{feedId}',
  access: FEED_HOLDERS,
  summary: 'Delete one of my feeds: its URL answers 404 from now on',
  contract: {
    params: CalendarFeedParams,
    success: { status: 204, description: 'Deleted; no body', schema: /* @__PURE__ */ z.null() },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const getCalendar = {
  function: { name: 'getCalendar', entry: 'functions/calendar-feeds/get-calendar.ts', purpose: 'the iCalendar a feed’s secret URL opens (no token: calendar clients cannot send one)', grants: ['table:read'] },
  method: 'GET',
  path: '/calendar/{feed}',
  access: 'public',
  summary:
    'A calendar feed (no token; the secret in the URL is the key): RFC 5545 text with Europe/Oslo times, stable UIDs, SEQUENCE and cancelled events; only while the feed’s owner is active and may still read its scope (otherwise 404). Cacheable (ETag)',
  contract: {
    params: CalendarParams,
    success: { status: 200, description: 'The calendar (text/calendar)', schema: CalendarText, mediaType: 'text/calendar', cacheable: 'private, max-age=300: calendar clients poll; a change shows within five minutes' },
    alsoSucceeds: [{ status: 304, description: 'Not modified (If-None-Match named the current ETag); no body', schema: /* @__PURE__ */ z.null(), cacheable: 'as for 200' }],
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const routes = [createCalendarFeed, listCalendarFeeds, rotateCalendarFeedSecret, deleteCalendarFeed, getCalendar] as const;
