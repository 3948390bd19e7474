/**
 * What this capability deploys, declared once (see shared/routing.ts): the programme website's
 * lists, public (no token) and cacheable (ETag, Cache-Control, 304 on If-None-Match), like the
 * open statistics. Each is a few Queries; the README says what a cache miss costs.
 */
import * as z from 'zod';
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type FunctionSpec, type RouteDeclaration, type SuccessResponse } from '../platform/declarations.ts';
import { SiteCohorts, SiteGatherings, SiteGatheringsQuery, SiteNetworks, SiteNetworksQuery, SiteParticipants, SiteParticipantsQuery, SiteProgress } from './contract.ts';

/** How long a browser or a CDN may keep an answer: admissions and networks change a few times a week, five minutes old is fine for a website. */
export const SITE_CACHE_CONTROL = 'public, max-age=300';
const cacheable = 'public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website';
const notModified = { status: 304, description: 'Not modified (If-None-Match named the current ETag); no body', schema: /* @__PURE__ */ z.null(), cacheable: 'as for 200' } as const;

/** A function of this capability: reads the table only, its handler in functions/programme-site/<file>.ts. */
const siteFunction = <N extends string>(name: N, file: string, purpose: string) =>
  ({ name, entry: `functions/programme-site/${file}.ts`, purpose, grants: ['table:read'], timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS }) as const satisfies FunctionSpec<N>;

/** A website route's contract: 200 (cacheable) or 304; with a query, 422 for a bad filter. */
function siteContract<S extends z.ZodType>(description: string, schema: S): { success: SuccessResponse & { schema: S }; alsoSucceeds: readonly [typeof notModified]; problems: readonly [] };
function siteContract<S extends z.ZodType, Q extends z.ZodObject>(description: string, schema: S, query: Q): { query: Q; success: SuccessResponse & { schema: S }; alsoSucceeds: readonly [typeof notModified]; problems: readonly [422] };
function siteContract(description: string, schema: z.ZodType, query?: z.ZodObject): object {
  const success = { status: 200, description: `${description}. Cache-Control public, ETag`, schema, cacheable };
  return query ? { query, success, alsoSucceeds: [notModified], problems: [422] } : { success, alsoSucceeds: [notModified], problems: [] };
}

export const getSiteCohorts = {
  function: /* @__PURE__ */ siteFunction('getSiteCohorts', 'get-site-cohorts', 'the website’s cohorts: names, application windows and years (public)'),
  method: 'GET',
  path: '/site/cohorts',
  access: 'public',
  summary: 'For the programme’s website (no token): the published cohorts with their names and years; cacheable (ETag)',
  contract: /* @__PURE__ */ siteContract('The cohorts that have opened, by start date', SiteCohorts),
} as const satisfies RouteDeclaration;

export const listSiteParticipants = {
  function: /* @__PURE__ */ siteFunction('listSiteParticipants', 'list-site-participants', 'the website’s participating municipalities per cohort and county (public)'),
  method: 'GET',
  path: '/site/participants',
  access: 'public',
  summary: 'For the programme’s website (no token): the participating municipalities with their cohort and county, by cohortId and countyNumber; cacheable (ETag)',
  contract: /* @__PURE__ */ siteContract('The participants (name, number, county, cohort)', SiteParticipants, SiteParticipantsQuery),
} as const satisfies RouteDeclaration;

export const listSiteNetworks = {
  function: /* @__PURE__ */ siteFunction('listSiteNetworks', 'list-site-networks', 'the website’s networks with their members and advisor’s name (public)'),
  method: 'GET',
  path: '/site/networks',
  access: 'public',
  summary: 'For the programme’s website (no token): the networks with their member municipalities and the advisor’s name; cacheable (ETag)',
  contract: /* @__PURE__ */ siteContract('The networks of published cohorts', SiteNetworks, SiteNetworksQuery),
} as const satisfies RouteDeclaration;

export const listSiteGatherings = {
  function: /* @__PURE__ */ siteFunction('listSiteGatherings', 'list-site-gatherings', 'the website’s upcoming gatherings, without attendees (public)'),
  method: 'GET',
  path: '/site/gatherings',
  access: 'public',
  summary: 'For the programme’s website (no token): the upcoming gatherings (title, kind, cohorts, days, venue, status), no attendees; cacheable (ETag)',
  contract: /* @__PURE__ */ siteContract('The gatherings not over on `from`', SiteGatherings, SiteGatheringsQuery),
} as const satisfies RouteDeclaration;

export const getSiteProgress = {
  function: /* @__PURE__ */ siteFunction('getSiteProgress', 'get-site-progress', 'the website’s progress toward the participation goal (public)'),
  method: 'GET',
  path: '/site/progress',
  access: 'public',
  summary: 'For the programme’s website (no token): participating municipalities against the goal of more than half, in all and per county; cacheable (ETag)',
  contract: /* @__PURE__ */ siteContract('Counts, share and the goal', SiteProgress),
} as const satisfies RouteDeclaration;

export const routes = [getSiteCohorts, listSiteParticipants, listSiteNetworks, listSiteGatherings, getSiteProgress] as const;
