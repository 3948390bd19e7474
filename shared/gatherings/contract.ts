/** Gatherings: the wire schemas, derived from the model. */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
import { IsoDate, IsoDateTime, MultiLineText, SingleLineText } from '../platform/contract/common.ts';
import { GATHERING_AUDIENCES, GATHERING_KINDS, GATHERING_STATUSES, isFixed, type GatheringRecord } from './model.ts';

const Uuid = (what: string) => z.string().regex(/^[0-9a-f-]{36}$/, `A ${what} id is a UUID`);
export const GatheringId = /* @__PURE__ */ schema(() => Uuid('gathering'));

const ClockTime = /* @__PURE__ */ schema(() =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM (24 hours), Europe/Oslo')
    .meta({ example: '10:00', description: 'Wall-clock time in Europe/Oslo' }),
);

const Month = /* @__PURE__ */ schema(() => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is yyyy-mm').meta({ example: '2007-10' }));

/** The later of two days-and-times must not come before the earlier (a time compares only on the same day). */
const endsBeforeStart = (d: { from: string; to: string; startTime?: string | undefined; endTime?: string | undefined }) =>
  d.to < d.from || (d.to === d.from && d.startTime !== undefined && d.endTime !== undefined && d.endTime <= d.startTime);

export const FixedDays = /* @__PURE__ */ schema(() =>
  z
    .object({
      from: IsoDate.meta({ description: 'The first day', example: '2007-08-28' }),
      to: IsoDate.meta({ description: 'The last day (the same as from for one day)', example: '2007-08-29' }),
      startTime: ClockTime.optional(),
      endTime: ClockTime.optional(),
    })
    .strict()
    .refine((d) => !endsBeforeStart(d), { path: ['to'], message: 'The gathering ends before it starts', ...whenValid('from', 'to', 'startTime', 'endTime') })
    .meta({ id: 'GatheringDays', description: 'Fixed days: from the first day (at startTime, where known) to the last (at endTime)' }),
);

export const MonthOnly = /* @__PURE__ */ schema(() =>
  z.object({ month: Month }).strict().meta({ id: 'GatheringMonth', description: 'Not yet fixed: only the month is known ("Oktober"). Fixing the days later notifies.' }),
);

export const GatheringSessionRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: Uuid('session').optional().meta({ description: 'Keep a session’s id when changing the gathering (its registrations stay with it); absent: a new session' }),
      title: SingleLineText(200).optional().meta({ example: 'Første gjennomføring' }),
      from: IsoDate,
      to: IsoDate,
      startTime: ClockTime.optional(),
      endTime: ClockTime.optional(),
      capacity: z.number().int().min(1).max(10_000).optional().meta({ description: 'Seats in this session; absent: only the gathering’s capacity' }),
    })
    .strict()
    .refine((d) => !endsBeforeStart(d), { path: ['to'], message: 'The session ends before it starts', ...whenValid('from', 'to', 'startTime', 'endTime') })
    .meta({ id: 'GatheringSessionRequest' }),
);

export const GatheringHosts = /* @__PURE__ */ schema(() =>
  z
    .union([
      z.object({ cohortIds: z.array(Uuid('cohort')).min(1).max(20).meta({ description: 'The cohorts whose participants it is for' }) }).strict(),
      z.object({ networkId: Uuid('network').meta({ description: 'The network whose members it is for' }) }).strict(),
    ])
    .meta({ id: 'GatheringHosts', description: 'One or more cohorts, or one network' }),
);

export const GatheringRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      kind: z.enum(GATHERING_KINDS).meta({
        description:
          'kickoff = oppstart; learning-seminar = læringsseminar; project-leaders-gathering = prosjektledersamling; network-gathering = nettverkssamling; quality-conference = kvalitetskonferanse; conference = konferanse (another organiser’s)',
      }),
      title: SingleLineText(200).meta({ example: 'Oppstart pulje III' }),
      description: MultiLineText(2_000, 0).optional(),
      hosts: GatheringHosts,
      audience: z.enum(GATHERING_AUDIENCES).default('participants').meta({ description: 'participants = everyone of a hosting municipality; the others: its people with that role' }),
      organiser: SingleLineText(200).default('Kvalitetskommunesekretariatet').meta({ example: 'Kvalitetskommunesekretariatet' }),
      venue: z.object({ name: SingleLineText(200).meta({ example: 'Thon Hotel Oslo Airport' }), address: SingleLineText(300).optional() }).strict(),
      when: z.union([FixedDays, MonthOnly]),
      sessions: z.array(GatheringSessionRequest).max(20).default([]),
      capacity: z
        .object({
          total: z.number().int().min(1).max(100_000).optional(),
          perMunicipality: z.number().int().min(1).max(1_000).optional(),
        })
        .strict()
        .optional()
        .meta({ description: 'Absent: unlimited' }),
      registrationDeadline: IsoDate.optional().meta({ description: 'The last day (Europe/Oslo) to sign up or cancel; absent: until the gathering starts' }),
    })
    .strict()
    .superRefine((g, ctx) => {
      if (!g.when || !Array.isArray(g.sessions)) return;
      // Days that end before they start are refused on their own (`/when/to`): nothing to place sessions in.
      const fixed = 'from' in g.when && g.when.from <= g.when.to ? g.when : undefined;
      if ('from' in g.when && !fixed) return;
      g.sessions.forEach((s, i) => {
        if (!fixed) {
          ctx.addIssue({ code: 'custom', path: ['sessions', i], message: 'A gathering known only by month has no sessions yet: fix its days first' });
        } else if (s.from < fixed.from || s.to > fixed.to) {
          ctx.addIssue({ code: 'custom', path: ['sessions', i, s.from < fixed.from ? 'from' : 'to'], message: `The session is outside the gathering’s days (${fixed.from} to ${fixed.to})` });
        }
      });
      if (g.registrationDeadline && fixed && g.registrationDeadline > fixed.from) {
        ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'Registration must close on or before the first day' });
      }
    })
    .meta({ id: 'GatheringRequest' }),
);

export const GatheringSession = /* @__PURE__ */ schema(() => GatheringSessionRequest.safeExtend({ id: Uuid('session') }).meta({ id: 'GatheringSession' }));

export const Gathering = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: GatheringId,
      kind: z.enum(GATHERING_KINDS),
      title: z.string(),
      description: z.string().optional(),
      hosts: GatheringHosts,
      audience: z.enum(GATHERING_AUDIENCES),
      organiser: z.string(),
      venue: z.object({ name: z.string(), address: z.string().optional() }),
      when: z.union([FixedDays, MonthOnly]),
      sessions: z.array(GatheringSession),
      capacity: z.object({ total: z.number().int().optional(), perMunicipality: z.number().int().optional() }).optional(),
      registrationDeadline: IsoDate.optional(),
      status: z.enum(GATHERING_STATUSES),
      sequence: z.number().int().min(0).meta({ description: 'Grows with every change (the calendar feeds’ SEQUENCE)' }),
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
    })
    .meta({ id: 'Gathering' }),
);

export const GatheringParams = /* @__PURE__ */ schema(() => z.object({ gatheringId: GatheringId }));

export type GatheringRequest = z.infer<typeof GatheringRequest>;
export type Gathering = z.infer<typeof Gathering>;

/** Both ways assignable: the wire schema describes exactly the model's gathering (compile-time only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type GatheringSchemaMatchesModel = Assert<Same<Gathering, GatheringRecord>>;

/** Whether a request's days are fixed (not month-only). */
export const requestIsFixed = (request: GatheringRequest): boolean => isFixed(request.when);

export const GatheringCancellationRequest = /* @__PURE__ */ schema(() =>
  z.object({ reason: MultiLineText(1_000).meta({ example: 'For få påmeldte; samlingen slås sammen med læringsseminar 3.' }) }).strict().meta({ id: 'GatheringCancellationRequest' }),
);

export const GatheringListQuery = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohortId: Uuid('cohort').optional().meta({ description: 'The cohort’s calendar (with gatherings it shares with other cohorts)' }),
      networkId: Uuid('network').optional().meta({ description: 'The network’s own gatherings' }),
      from: IsoDate.optional().meta({ description: 'Without cohortId or networkId: gatherings whose first day is on or after this (default: today)' }),
      to: IsoDate.optional().meta({ description: 'Without cohortId or networkId: … and on or before this (default: a year after from)' }),
    })
    .refine((q) => !(q.cohortId && q.networkId), { path: ['networkId'], message: 'Ask for a cohort’s or a network’s gatherings, not both' })
    .refine((q) => !((q.cohortId || q.networkId) && (q.from || q.to)), { path: ['from'], message: 'from and to select by date when no cohort or network is named' })
    .refine((q) => !(q.from && q.to && q.to < q.from), { path: ['to'], message: 'to must not be before from' }),
);

export const GatheringList = /* @__PURE__ */ schema(() => z.object({ gatherings: z.array(Gathering) }).meta({ id: 'GatheringList' }));
