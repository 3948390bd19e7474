/**
 * What this capability deploys, declared once (see shared/routing.ts): the programme website's
 * lists, public (no token) and cacheable (ETag, Cache-Control, 304 on If-None-Match), like the
 * open statistics. Each is a few Queries; the README says what a cache miss costs.
 */
import * as z from 'zod';
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type FunctionSpec, type RouteDeclaration } from '../platform/declarations.ts';
import { SiteCohorts, SiteGatherings, SiteGatheringsQuery, SiteNetworks, SiteNetworksQuery, SiteParticipants, SiteParticipantsQuery, SiteProgress } from './contract.ts';

/** How long a browser or a CDN may keep an answer: admissions and networks change a few times a week, five minutes old is fine for a website. */
export const SITE_CACHE_CONTROL = 'public, max-age=300';
const cacheable = 'public, max-age=300: the lists change with admissions, networks and the calendar; five minutes old is fine for a website';
const notModified = { status: 304, description: 'Not modified (If-None-Match named the current ETag); no body', schema: /* @__PURE__ */ z.null(), cacheable: 'as for 200' } as const;

/** A function of this capability: reads the table only, its handler in functions/programme-site/<file>.ts. */
const siteFunction = <N extends string>(name: N, file: string, purpose: string) =>
  ({ name, entry: `functions/programme-site/${file}.ts`, purpose, grants: ['table:read'], timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS }) as const satisfies FunctionSpec<N>;

export const getSiteCohorts = {
  function: siteFunction('getSiteCohorts', 'get-site-cohorts', 'the website’s cohorts: names, application windows and years (public)'),
  method: 'GET',
  path: '/site/cohorts',
  access: 'public',
  summary: 'For the programme’s website (no token): the published cohorts with their names and years; cacheable (ETag)',
  contract: {
    success: { status: 200, description: 'The cohorts that have opened, by start date. Cache-Control public, ETag', schema: SiteCohorts, cacheable },
    alsoSucceeds: [notModified],
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const listSiteParticipants = {
  function: siteFunction('listSiteParticipants', 'list-site-participants', 'the website’s participating municipalities per cohort and county (public)'),
  method: 'GET',
  path: '/site/participants',
  access: 'public',
  summary: 'For the programme’s website (no token): the participating municipalities with their cohort and county, by cohortId and countyNumber; cacheable (ETag)',
  contract: {
    query: SiteParticipantsQuery,
    success: { status: 200, description: 'The participants (name, number, county, cohort). Cache-Control public, ETag', schema: SiteParticipants, cacheable },
    alsoSucceeds: [notModified],
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const listSiteNetworks = {
  function: siteFunction('listSiteNetworks', 'list-site-networks', 'the website’s networks with their members and advisor’s name (public)'),
  method: 'GET',
  path: '/site/networks',
  access: 'public',
  summary: 'For the programme’s website (no token): the networks with their member municipalities and the advisor’s name; cacheable (ETag)',
  contract: {
    query: SiteNetworksQuery,
    success: { status: 200, description: 'The networks of published cohorts. Cache-Control public, ETag', schema: SiteNetworks, cacheable },
    alsoSucceeds: [notModified],
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const listSiteGatherings = {
  function: siteFunction('listSiteGatherings', 'list-site-gatherings', 'the website’s upcoming gatherings, without attendees (public)'),
  method: 'GET',
  path: '/site/gatherings',
  access: 'public',
  summary: 'For the programme’s website (no token): the upcoming gatherings (title, kind, cohorts, days, venue, status), no attendees; cacheable (ETag)',
  contract: {
    query: SiteGatheringsQuery,
    success: { status: 200, description: 'The gatherings not over on `from`. Cache-Control public, ETag', schema: SiteGatherings, cacheable },
    alsoSucceeds: [notModified],
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const getSiteProgress = {
  function: siteFunction('getSiteProgress', 'get-site-progress', 'the website’s progress toward the participation goal (public)'),
  method: 'GET',
  path: '/site/progress',
  access: 'public',
  summary: 'For the programme’s website (no token): participating municipalities against the goal of more than half, in all and per county; cacheable (ETag)',
  contract: {
    success: { status: 200, description: 'Counts, share and the goal. Cache-Control public, ETag', schema: SiteProgress, cacheable },
    alsoSucceeds: [notModified],
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const routes = [getSiteCohorts, listSiteParticipants, listSiteNetworks, listSiteGatherings, getSiteProgress] as const;
