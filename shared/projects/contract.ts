/** Local projects: their members, sub-projects and measurable own goals with the values reported. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDate, IsoDateTime, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { TRAJECTORY_STATUSES } from '../platform/trajectory.ts';
import { DIRECTIONS, SUB_PROJECT_STATUSES, type Project as ProjectEntity } from './model.ts';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
export const ProjectId = /* @__PURE__ */ schema(() => z.string().regex(ID, 'A project id').meta({ description: 'The project’s id: the joint project’s id, or the admitted application’s' }));
const ItemId = /* @__PURE__ */ schema(() => z.string().regex(/^[0-9a-f]{32}$/, 'An id of 32 hex digits'));

export const ProjectParams = /* @__PURE__ */ schema(() => z.object({ projectId: ProjectId }));
export const SubProjectParams = /* @__PURE__ */ schema(() => z.object({ projectId: ProjectId, subProjectId: ItemId }));
export const GoalParams = /* @__PURE__ */ schema(() => z.object({ projectId: ProjectId, goalId: ItemId }));
export const MunicipalityProjectsParams = /* @__PURE__ */ schema(() => z.object({ number: MunicipalityNumber }));

export const Direction = /* @__PURE__ */ schema(() =>
  z.enum(DIRECTIONS, { error: 'lower-is-better or higher-is-better' }).meta({ id: 'GoalDirection', description: 'lower-is-better (as sick leave) or higher-is-better (as the share of full-time positions)' }),
);
const Point = /* @__PURE__ */ schema(() => z.object({ value: z.number({ error: 'A number' }).finite(), date: IsoDate }));
const GoalStatusWord = /* @__PURE__ */ schema(() => z.enum(TRAJECTORY_STATUSES).meta({ id: 'GoalStatus', description: 'The trajectory rule’s status (the same words as the sick-leave target status)' }));
const SubProjectStatusWord = /* @__PURE__ */ schema(() => z.enum(SUB_PROJECT_STATUSES).meta({ id: 'SubProjectStatus' }));

export const SubProjectRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(200),
      focusArea: SingleLineText(200).meta({ description: 'What it works on (uønsket deltid, sykefravær, medarbeiderskap, oppvekst, …)' }),
      leader: z.object({ name: SingleLineText(200), email: z.email('Not an email address').max(254) }),
      municipalityNumber: MunicipalityNumber.optional().meta({ description: 'The member municipality it belongs to (a joint project’s); must be a member' }),
    })
    .meta({ id: 'SubProjectRequest' }),
);

export const GoalRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(300),
      unit: SingleLineText(50).meta({ example: '%' }),
      direction: Direction,
      baseline: Point,
      target: Point.meta({ description: 'On the better side of the baseline (422 naming /target/value otherwise), its date after the baseline’s (/target/date)' }),
      subProjectId: ItemId.optional(),
    })
    .meta({ id: 'GoalRequest' }),
);

export const GoalValueRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      value: z.number({ error: 'A number' }).finite(),
      measuredOn: IsoDate,
      reportId: z.string().regex(/^[0-9a-f]{32}$/, 'A report id').optional(),
    })
    .meta({ id: 'GoalValueRequest' }),
);

const Member = /* @__PURE__ */ schema(() => z.object({ municipalityNumber: MunicipalityNumber, municipalityName: z.string() }));

export const GoalValue = /* @__PURE__ */ schema(() =>
  z.object({ value: z.number(), measuredOn: IsoDate, reportId: z.string().optional(), reportedBy: z.string(), reportedAt: IsoDateTime }).meta({ id: 'GoalValue' }),
);

export const Goal = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      name: z.string(),
      unit: z.string(),
      direction: Direction,
      baseline: Point,
      target: Point,
      subProjectId: z.string().optional(),
      values: z.array(GoalValue).meta({ description: 'Every value reported, by date measured' }),
      status: GoalStatusWord,
      expected: z.number().optional().meta({ description: 'Where the straight line from baseline to target stands on the latest value’s date' }),
      addedAt: IsoDateTime,
      addedBy: z.string(),
    })
    .meta({ id: 'Goal' }),
);

export const SubProject = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      name: z.string(),
      focusArea: z.string(),
      leader: z.object({ name: z.string(), email: z.string() }),
      municipalityNumber: MunicipalityNumber.optional(),
      statuses: z
        .array(z.object({ reportId: z.string(), status: SubProjectStatusWord, note: z.string(), reportedBy: z.string(), reportedAt: IsoDateTime }))
        .meta({ description: 'Its short status in each report' }),
      addedAt: IsoDateTime,
      addedBy: z.string(),
    })
    .meta({ id: 'SubProject' }),
);

export const Project = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: z.string(),
      name: z.string(),
      members: z.array(Member),
      subProjects: z.array(SubProject),
      goals: z.array(Goal),
      createdAt: IsoDateTime,
    })
    .meta({ id: 'Project' }),
);

export const ProjectList = /* @__PURE__ */ schema(() => z.object({ projects: z.array(Project) }).meta({ id: 'ProjectList' }));

