/**
 * What this capability deploys, declared once (see shared/routing.ts): the open statistics, a
 * public and cacheable route for evaluators, the press and the programme's website.
 */
import * as z from 'zod';
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration } from '../platform/declarations.ts';
import { JsonStatDatasetSchema, SickLeaveStatisticsQuery, StatisticsCsv } from './contract.ts';

export const getSickLeaveStatistics = {
  function: {
    name: 'getSickLeaveStatistics',
    entry: 'functions/statistics/get-sick-leave-statistics.ts',
    purpose: 'open statistics: sick leave per quarter of participants, others, cohorts, counties and the country (JSON-stat 2.0 or CSV)',
    grants: ['table:read'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
    memoryMb: 1024,
  },
  method: 'GET',
  path: '/statistics/sick-leave',
  access: 'public',
  summary: 'Open statistics (no token): sick leave per quarter of participants, non-participants, each cohort and county, and the national figure (SSB), only aggregates, small ones suppressed; JSON-stat 2.0 or CSV; cacheable (ETag)',
  contract: {
    query: SickLeaveStatisticsQuery,
    success: {
      status: 200,
      description: 'The dataset (JSON-stat 2.0, or CSV with format=csv or Accept: text/csv); a period outside the data gives an empty dataset. Cache-Control public, ETag',
      schema: JsonStatDatasetSchema,
      alsoAs: [{ mediaType: 'text/csv', schema: StatisticsCsv }],
      cacheable: 'public, max-age=3600: the figures change with uploads, an hour old is fine for a website',
    },
    alsoSucceeds: [{ status: 304, description: 'Not modified (If-None-Match named the current ETag); no body', schema: /* @__PURE__ */ z.null(), cacheable: 'as for 200' }],
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const routes = [getSickLeaveStatistics] as const;
