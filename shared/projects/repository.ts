/**
 * Local projects in the programme table:
 *
 * | item                                       | key                                                    |
 * | ------------------------------------------ | ------------------------------------------------------ |
 * | a project (members, sub-projects, goals)   | pk PROJECT#<id>, sk PROJECT                            |
 * | a member municipality's membership         | pk PROJECT#<id>, sk MEMBER#<nr>; gsi1 PROJECTS-OF#<nr> / <projectId> |
 *
 * A project is one item (its goals' values included: a project has tens of goals and values,
 * far below an item's 400 KB), changed at the version read with its events in one transaction;
 * a change that lost to another is read again and tried again. The membership items let a
 * municipality's projects be found by key (no Scan).
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import { mayActFor, type Principal } from '../platform/auth/principal.ts';
import type { Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { ConcurrentChangeError, retryingConcurrentChange, type TransactionStep } from '../platform/dynamodb/transaction.ts';
import { refuse } from '../platform/refusal.ts';
import type { Project } from './model.ts';

export const keys = {
  project: (id: string) => ({ pk: `PROJECT#${id}`, sk: 'PROJECT' }),
  member: (id: string, municipalityNumber: string) => ({ pk: `PROJECT#${id}`, sk: `MEMBER#${municipalityNumber}` }),
  projectsOf: (municipalityNumber: string, projectId = '') => ({ gsi1pk: `PROJECTS-OF#${municipalityNumber}`, gsi1sk: projectId }),
} as const;

/** How often a change that lost to another is read again and tried again. */
const ATTEMPTS = 20;

/** Already done: the membership exists. */
class AlreadyMember extends Error {}

function projectItem(project: Project, version: number) {
  return { ...keys.project(project.id), entity: 'Project', ...project, version };
}

export class ProjectsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  async get(id: string): Promise<Versioned<Project> | undefined> {
    return this.table.get<Project>(keys.project(id));
  }

  /** The project if the principal may see it (a member municipality's people, its advisor, the secretariat); otherwise 404. */
  async visible(principal: Principal | undefined, id: string): Promise<Versioned<Project>> {
    const project = await this.get(id);
    if (!project || !principal || !project.value.members.some((m) => mayActFor(principal, m.municipalityNumber))) throw refuse.notFound(`No project ${id}`);
    return project;
  }

  /** A municipality's projects with their versions, by its membership items (gsi1). */
  async ofMunicipality(municipalityNumber: string): Promise<Versioned<Project>[]> {
    const memberships = await this.table.queryIndex('gsi1', keys.projectsOf(municipalityNumber).gsi1pk);
    const projects = await Promise.all(memberships.map((m) => this.get(String(m.projectId))));
    return projects.flatMap((p) => (p ? [p] : []));
  }

  /**
   * Admits a municipality to its project: the project (new, or at the version read with the
   * member added) and the membership item, one transaction. False when the membership exists
   * (the admission was recorded before).
   */
  async admit(project: Project, version: number | undefined, municipalityNumber: string, events: readonly EventEnvelope[]): Promise<boolean> {
    const projectStep = version === undefined ? this.table.putNew(projectItem(project, 1), () => new ConcurrentChangeError(`Project ${project.id}`)) : this.table.putVersioned(projectItem(project, version), `Project ${project.id}`);
    const member: TransactionStep = this.table.putNew(
      { ...keys.member(project.id, municipalityNumber), ...keys.projectsOf(municipalityNumber, project.id), entity: 'ProjectMember', projectId: project.id, municipalityNumber },
      () => new AlreadyMember(),
    );
    try {
      await this.table.transact([projectStep, member], events);
      return true;
    } catch (error) {
      if (error instanceof AlreadyMember) return false;
      throw error;
    }
  }

  /** Stores a project changed from `version` with its events. */
  async save(project: Project, version: number, events: readonly EventEnvelope[]): Promise<void> {
    await this.table.transact([this.table.putVersioned(projectItem(project, version), `Project ${project.id}`)], events);
  }

  /**
   * Reads the project (`first`: as already read, on the first attempt), applies `change`
   * (undefined: nothing to do) and saves it; read again and tried again when someone else
   * changed it meanwhile.
   */
  async change<R extends { readonly state: Project; readonly events: readonly EventEnvelope[] }>(
    read: () => Promise<Versioned<Project>>,
    change: (project: Project) => R | undefined,
    first?: Versioned<Project>,
  ): Promise<R | undefined> {
    return retryingConcurrentChange(async (attempt) => {
      const project = attempt === 1 && first ? first : await read();
      const changed = change(project.value);
      if (changed) await this.save(changed.state, project.version, changed.events);
      return changed;
    }, ATTEMPTS, 10);
  }
}

let bound: ProjectsRepository | undefined;

/** The projects of this deployment's table, bound on first use. */
export const projectsRepository = (): ProjectsRepository => (bound ??= new ProjectsRepository(programmeTable()));
