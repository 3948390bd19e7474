/**
 * The state changes of a local project, pure: each takes the project as read and answers the
 * project to store with its events (or a refusal; or no change at all, for what was done
 * before: an admission or a report delivered again changes nothing).
 */
import type { CommandContext as PlatformContext } from '../platform/commands.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { refuse } from '../platform/refusal.ts';
import { ensureGoalShape, goalStatus, isMember, sortValues, type Direction, type Goal, type GoalValue, type Project, type SubProject, type SubProjectStatus } from './model.ts';

export interface CommandContext extends PlatformContext {
  /** Who acts (a person's id, or the subject of a bootstrap account). */
  readonly by: string;
}

export interface ProjectChange {
  readonly state: Project;
  readonly events: EventEnvelope[];
}

const refOf = (p: Project) => ({ projectId: p.id, cohortId: p.cohortId, municipalityNumbers: p.members.map((m) => m.municipalityNumber) });

/** What MunicipalityAdmitted says of the project. */
export interface Admission {
  readonly cohortId: string;
  readonly applicationId: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly jointProject?: { readonly id: string; readonly name: string } | undefined;
}

/** The project an admission belongs to: the joint project's when it names one, else its application's. */
export const projectIdOf = (admission: Admission): string => admission.jointProject?.id ?? admission.applicationId;

/**
 * An admitted municipality joins its project (created with its first member). Undefined when it
 * is a member already (the event delivered again).
 */
export function admit(project: Project | undefined, admission: Admission, context: PlatformContext): ProjectChange | undefined {
  if (project && isMember(project, admission.municipalityNumber)) return undefined;
  const member = { municipalityNumber: admission.municipalityNumber, municipalityName: admission.municipalityName };
  const state: Project = project
    ? { ...project, members: [...project.members, member] }
    : {
        id: projectIdOf(admission),
        cohortId: admission.cohortId,
        name: admission.jointProject?.name ?? `Kvalitetskommuneprogrammet i ${admission.municipalityName}`,
        members: [member],
        subProjects: [],
        goals: [],
        createdAt: context.now.toISOString(),
      };
  return { state, events: [newEvent('ProjectMemberAdded', { ...refOf(state), ...member, name: state.name }, context)] };
}

export interface SubProjectInput {
  readonly name: string;
  readonly focusArea: string;
  readonly leader: { readonly name: string; readonly email: string };
  readonly municipalityNumber?: string | undefined;
}

/** A sub-project; the municipality it belongs to, when named, must be a member. */
export function addSubProject(project: Project, input: SubProjectInput, context: CommandContext & { readonly id: string }): ProjectChange & { readonly subProject: SubProject } {
  if (input.municipalityNumber && !isMember(project, input.municipalityNumber)) {
    throw refuse.invalid('The municipality is not a member of the project', [
      { pointer: '/municipalityNumber', detail: `Members: ${project.members.map((m) => `${m.municipalityNumber} ${m.municipalityName}`).join(', ')}` },
    ]);
  }
  const at = context.now.toISOString();
  const subProject: SubProject = {
    id: context.id,
    name: input.name,
    focusArea: input.focusArea,
    leader: { name: input.leader.name, email: input.leader.email },
    ...(input.municipalityNumber ? { municipalityNumber: input.municipalityNumber } : {}),
    statuses: [],
    addedAt: at,
    addedBy: context.by,
  };
  const state = { ...project, subProjects: [...project.subProjects, subProject] };
  const event = newEvent(
    'SubProjectAdded',
    { ...refOf(state), subProjectId: subProject.id, name: subProject.name, focusArea: subProject.focusArea, ...(subProject.municipalityNumber ? { municipalityNumber: subProject.municipalityNumber } : {}), addedAt: at },
    context,
  );
  return { state, events: [event], subProject };
}

export interface GoalInput {
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly baseline: { readonly value: number; readonly date: string };
  readonly target: { readonly value: number; readonly date: string };
  readonly subProjectId?: string | undefined;
}

/** A measurable own goal: the target on the better side of the baseline, after it; its sub-project one of the project's. */
export function addGoal(project: Project, input: GoalInput, context: CommandContext & { readonly id: string }): ProjectChange & { readonly goal: Goal } {
  ensureGoalShape(input);
  if (input.subProjectId && !project.subProjects.some((s) => s.id === input.subProjectId)) {
    throw refuse.invalid('No such sub-project in the project', [{ pointer: '/subProjectId', detail: `The project has no sub-project ${input.subProjectId}` }]);
  }
  const base = {
    id: context.id,
    name: input.name,
    unit: input.unit,
    direction: input.direction,
    baseline: { value: input.baseline.value, date: input.baseline.date },
    target: { value: input.target.value, date: input.target.date },
    ...(input.subProjectId ? { subProjectId: input.subProjectId } : {}),
    values: [],
    addedAt: context.now.toISOString(),
    addedBy: context.by,
  };
  const goal: Goal = { ...base, ...goalStatus(base) };
  const state = { ...project, goals: [...project.goals, goal] };
  const { id: goalId, values: _v, addedAt: _a, addedBy: _b, ...described } = base;
  return { state, events: [newEvent('GoalAdded', { ...refOf(state), goalId, ...described }, context)], goal };
}

export interface ValueInput {
  readonly value: number;
  readonly measuredOn: string;
  readonly reportId?: string | undefined;
}

/**
 * Records a goal's value, with who reported it and when; the goal's status follows its latest
 * value. A value of a report replaces the one the same report gave before (a report resubmitted);
 * the same value again changes nothing (undefined).
 */
export function reportValue(project: Project, goalId: string, input: ValueInput, context: CommandContext): (ProjectChange & { readonly goal: Goal }) | undefined {
  const goal = project.goals.find((g) => g.id === goalId);
  if (!goal) throw refuse.notFound(`No goal ${goalId} in project ${project.id}`);
  const before = input.reportId ? goal.values.find((v) => v.reportId === input.reportId) : undefined;
  if (before && before.value === input.value && before.measuredOn === input.measuredOn) return undefined;
  const at = context.now.toISOString();
  const value: GoalValue = { value: input.value, measuredOn: input.measuredOn, ...(input.reportId ? { reportId: input.reportId } : {}), reportedBy: context.by, reportedAt: at };
  const values = sortValues([...goal.values.filter((v) => v !== before), value]);
  const judged = goalStatus({ ...goal, values });
  const { expected: _e, ...rest } = goal;
  const changed: Goal = { ...rest, values, ...judged };
  const state = { ...project, goals: project.goals.map((g) => (g.id === goalId ? changed : g)) };
  const events: EventEnvelope[] = [
    newEvent('GoalValueReported', { ...refOf(state), goalId, value: value.value, measuredOn: value.measuredOn, ...(value.reportId ? { reportId: value.reportId } : {}), reportedBy: value.reportedBy, reportedAt: at, status: changed.status }, context),
  ];
  if (changed.status !== goal.status) {
    const latest = values.at(-1)!;
    events.push(
      newEvent(
        'GoalStatusChanged',
        { ...refOf(state), goalId, previous: goal.status, status: changed.status, ...(changed.expected === undefined ? {} : { expected: changed.expected }), latest: { value: latest.value, measuredOn: latest.measuredOn } },
        context,
      ),
    );
  }
  return { state, events, goal: changed };
}

export interface ReportedProgress {
  readonly reportId: string;
  readonly goalValues: readonly { readonly goalId: string; readonly value: number; readonly measuredOn: string }[];
  readonly subProjectStatuses: readonly { readonly subProjectId: string; readonly status: SubProjectStatus; readonly note: string }[];
}

/**
 * What a submitted report says of the project's goals and sub-projects, recorded with the
 * report's id and its submitter. Ids the project does not know are ignored (listed); what the
 * same report recorded before is not recorded again.
 */
export function recordReport(project: Project, progress: ReportedProgress, context: CommandContext): { change: ProjectChange | undefined; ignored: string[] } {
  let state = project;
  const events: EventEnvelope[] = [];
  const ignored: string[] = [];
  for (const v of progress.goalValues) {
    if (!state.goals.some((g) => g.id === v.goalId)) {
      ignored.push(`goal ${v.goalId}`);
      continue;
    }
    const change = reportValue(state, v.goalId, { value: v.value, measuredOn: v.measuredOn, reportId: progress.reportId }, context);
    if (change) {
      state = change.state;
      events.push(...change.events);
    }
  }
  const at = context.now.toISOString();
  for (const s of progress.subProjectStatuses) {
    const sub = state.subProjects.find((p) => p.id === s.subProjectId);
    if (!sub) {
      ignored.push(`sub-project ${s.subProjectId}`);
      continue;
    }
    const before = sub.statuses.find((e) => e.reportId === progress.reportId);
    if (before && before.status === s.status && before.note === s.note) continue;
    const entry = { reportId: progress.reportId, status: s.status, note: s.note, reportedBy: context.by, reportedAt: at };
    const changed: SubProject = { ...sub, statuses: [...sub.statuses.filter((e) => e !== before), entry] };
    state = { ...state, subProjects: state.subProjects.map((p) => (p.id === sub.id ? changed : p)) };
    events.push(newEvent('SubProjectStatusReported', { ...refOf(state), subProjectId: sub.id, reportId: progress.reportId, status: s.status, note: s.note }, context));
  }
  return { change: events.length > 0 ? { state, events } : undefined, ignored };
}
