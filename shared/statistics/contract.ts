/** What the open statistics accept and answer (JSON-stat 2.0 or CSV). */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';

const Quarter = /* @__PURE__ */ schema(() => z.string().regex(/^\d{4}Q[1-4]$/, 'A quarter like 2008Q1'));

/** At most this many quarters in one answer (ten years). */
export const MAX_STATISTICS_QUARTERS = 40;

export const SickLeaveStatisticsQuery = /* @__PURE__ */ schema(() =>
  z
    .object({
      from: Quarter.default('2007Q1'),
      to: Quarter.default('2009Q4'),
      format: z.enum(['json-stat', 'csv']).optional().meta({ description: 'json-stat (JSON-stat 2.0, the default) or csv; or ask with Accept: text/csv' }),
    })
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'to must not be before from', ...whenValid('from', 'to') }),
);

export const JsonStatDatasetSchema = /* @__PURE__ */ schema(() =>
  z
    .object({
      version: z.literal('2.0'),
      class: z.literal('dataset'),
      label: z.string(),
      source: z.string().meta({ description: 'Every source, with Statistics Norway’s attribution' }),
      note: z.array(z.string()),
      id: z.array(z.string()).meta({ description: 'quarter, group, contents' }),
      size: z.array(z.number().int()),
      role: z.object({ time: z.array(z.string()), metric: z.array(z.string()) }),
      dimension: z.record(z.string(), z.unknown()).meta({ description: 'quarter (2007Q1 …), group (national, participants, non-participants, cohort:<id>, county:<number>), contents (percentage, selfCertifiedPercentage, doctorCertifiedPercentage, municipalities)' }),
      value: z.array(z.number().nullable()),
      status: z.record(z.string(), z.string()).meta({ description: '":" suppressed (disclosure control), ".." missing' }),
      extension: z.record(z.string(), z.unknown()),
    })
    .meta({ id: 'JsonStatDataset', description: 'A JSON-stat 2.0 dataset (https://json-stat.org/format/)' }),
);

export const StatisticsCsv = /* @__PURE__ */ schema(() =>
  z.string().meta({ description: 'CSV (RFC 4180, UTF-8, `,`): quarter, group, label, municipalities, percentage, selfCertifiedPercentage, doctorCertifiedPercentage, status (ok, suppressed, missing), source' }),
);
