/**
 * What this capability deploys, declared once (shared/routing.ts gathers it): local projects,
 * their sub-projects and measurable own goals, the project made on admission and what reports
 * say of goals and sub-projects. Plain data: no handler code, no AWS client.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { MunicipalityAdmitted, ReportSubmitted } from '../event-catalogue.ts';
import { Goal, GoalParams, GoalRequest, GoalValueRequest, MunicipalityProjectsParams, Project, ProjectList, ProjectParams, SubProject, SubProjectParams, SubProjectRequest } from './contract.ts';

/** Who may read a project: its member municipalities' people, their advisor, the secretariat. */
const READERS = /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat');
/** Who may change it: a member municipality's project leader or management, the secretariat. */
const WRITERS = /* @__PURE__ */ allow(PROJECT_LEADER, 'management', 'secretariat');

export const getProject = {
  function: { name: 'getProject', entry: 'functions/projects/get-project.ts', purpose: 'one local project with its members, sub-projects and goals', grants: ['table:read'] },
  method: 'GET',
  path: '/projects/{projectId}',
  access: READERS,
  summary: 'A local project: its member municipalities, sub-projects (with their status per report) and goals (with values and status)',
  contract: {
    params: ProjectParams,
    success: { status: 200, description: 'The project', schema: Project },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const listMunicipalityProjects = {
  function: { name: 'listMunicipalityProjects', entry: 'functions/projects/list-municipality-projects.ts', purpose: 'a municipality’s local projects', grants: ['table:read'] },
  method: 'GET',
  path: '/municipalities/{number}/projects',
  access: READERS,
  summary: 'The local projects a municipality is a member of (a joint project is listed for each of its members)',
  contract: {
    params: MunicipalityProjectsParams,
    success: { status: 200, description: 'The projects', schema: ProjectList },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const addSubProject = {
  function: { name: 'addSubProject', entry: 'functions/projects/add-sub-project.ts', purpose: 'a sub-project of a local project', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/projects/{projectId}/sub-projects',
  access: WRITERS,
  summary: 'Add a sub-project: a name, a focus area, a leader, maybe the member municipality it belongs to (422 naming /municipalityNumber when not a member)',
  contract: {
    params: ProjectParams,
    body: SubProjectRequest,
    success: { status: 201, description: 'Added (SubProjectAdded)', schema: SubProject, location: '/projects/{projectId}/sub-projects/{subProjectId}' },
    problems: [404, 422],
  },
} as const satisfies RouteDeclaration;

export const getSubProject = {
  function: { name: 'getSubProject', entry: 'functions/projects/get-sub-project.ts', purpose: 'one sub-project', grants: ['table:read'] },
  method: 'GET',
  path: '/projects/{projectId}/sub-projects/{subProjectId}',
  access: READERS,
  summary: 'A sub-project with its status in each report',
  contract: {
    params: SubProjectParams,
    success: { status: 200, description: 'The sub-project', schema: SubProject },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const addGoal = {
  function: { name: 'addGoal', entry: 'functions/projects/add-goal.ts', purpose: 'a measurable own goal of a local project', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/projects/{projectId}/goals',
  access: WRITERS,
  summary: 'Add a measurable goal: a unit, a direction, a baseline and a target on its better side, later (422 naming /direction, /target/value or /target/date)',
  contract: {
    params: ProjectParams,
    body: GoalRequest,
    success: { status: 201, description: 'Added (GoalAdded)', schema: Goal, location: '/projects/{projectId}/goals/{goalId}' },
    problems: [404, 422],
  },
} as const satisfies RouteDeclaration;

export const getGoal = {
  function: { name: 'getGoal', entry: 'functions/projects/get-goal.ts', purpose: 'one goal with its values and status', grants: ['table:read'] },
  method: 'GET',
  path: '/projects/{projectId}/goals/{goalId}',
  access: READERS,
  summary: 'A goal with every value reported and its status by the trajectory rule',
  contract: {
    params: GoalParams,
    success: { status: 200, description: 'The goal', schema: Goal },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const reportGoalValue = {
  function: { name: 'reportGoalValue', entry: 'functions/projects/report-goal-value.ts', purpose: 'a value of a goal, with who reported it', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/projects/{projectId}/goals/{goalId}/values',
  access: WRITERS,
  summary: 'Report a value of a goal (on its own, or naming its report); the goal’s status follows its latest value',
  contract: {
    params: GoalParams,
    body: GoalValueRequest,
    success: { status: 201, description: 'Recorded (GoalValueReported; GoalStatusChanged when the status changed): the goal', schema: Goal, location: '/projects/{projectId}/goals/{goalId}' },
    problems: [404, 422],
  },
} as const satisfies RouteDeclaration;

export const createProjectOnAdmission = {
  function: {
    name: 'createProjectOnAdmission',
    entry: 'functions/projects/create-project-on-admission.ts',
    purpose: 'On MunicipalityAdmitted: the municipality’s local project (a joint project’s members join one)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [MunicipalityAdmitted],
} as const satisfies SubscriptionDeclaration;

export const recordReportProgress = {
  function: {
    name: 'recordReportProgress',
    entry: 'functions/projects/record-report-progress.ts',
    purpose: 'On ReportSubmitted: the goal values and sub-project statuses the report gives, once',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [ReportSubmitted],
} as const satisfies SubscriptionDeclaration;

export const routes = [getProject, listMunicipalityProjects, addSubProject, getSubProject, addGoal, getGoal, reportGoalValue] as const;
export const subscriptions = [createProjectOnAdmission, recordReportProgress] as const;
