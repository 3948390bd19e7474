/**
 * Where joint applications are stored, and the one transaction that submits one: the joint
 * application, every member's application and guard item (a member that already applied to the
 * cohort refuses the whole, naming that member), the cohort's check that it accepts
 * applications, and every event. A joint application is pk JOINT_APPLICATION#<id>, sk
 * JOINT_APPLICATION (the map of the whole table: platform/dynamodb/table-design.ts).
 */
import { mayActFor, type Principal } from '../platform/auth/principal.ts';
import { refuse } from '../platform/refusal.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { CohortsRepository } from '../cohorts/index.ts';
import type { JointApplication } from './joint-contract.ts';
import type { JointSubmitted, StoredJointApplication } from './joint.ts';
import { ApplicationsRepository } from './repository.ts';

export const keys = {
  jointApplication: (id: string) => ({ pk: `JOINT_APPLICATION#${id}`, sk: 'JOINT_APPLICATION' }),
} as const;

/** The refusal of a member that already has an application in the cohort, naming it as the request does. */
export const alreadyApplied = (index: number, municipalityName: string) => () =>
  refuse.conflict(`${municipalityName} already has an application in this cohort: it cannot apply again as a member of a joint application`, [
    { pointer: `/members/${index}/municipalityNumber`, detail: `${municipalityName} already applied to this cohort` },
  ]);

export class JointApplicationsRepository {
  readonly table: Table;
  readonly #applications: ApplicationsRepository;

  constructor(table: Table) {
    this.table = table;
    this.#applications = new ApplicationsRepository(table);
  }

  /** The joint application, its members' applications and every event, all or nothing. */
  async insert({ joint, applications, events }: JointSubmitted, extraSteps: readonly TransactionStep[] = []): Promise<void> {
    await this.table.transact(
      [
        this.table.putNew({ ...keys.jointApplication(joint.id), entity: 'JointApplication', ...joint, version: 1 }, () => refuse.conflict(`Joint application ${joint.id} exists`)),
        ...applications.flatMap((application, i) => this.#applications.newApplicationSteps(application, alreadyApplied(i, application.municipalityName))),
        new CohortsRepository(this.table).acceptsApplicationsStep(joint.cohortId),
        ...extraSteps,
      ],
      events,
    );
  }

  /** The joint application with each member application's status as it is now. */
  async get(id: string): Promise<JointApplication | undefined> {
    const stored = (await this.table.get<StoredJointApplication>(keys.jointApplication(id)))?.value;
    if (!stored) return undefined;
    const members = await Promise.all(
      stored.members.map(async (member) => {
        const application = await this.#applications.get(member.applicationId);
        return { ...member, status: application?.value.status ?? 'withdrawn' };
      }),
    );
    return { ...stored, members };
  }

  /** The joint application if the principal may see it (a municipality: one of its members); otherwise 404, never revealing that it exists. */
  async visibleTo(principal: Principal | undefined, id: string): Promise<JointApplication> {
    const joint = await this.get(id);
    if (!joint || !principal || !joint.members.some((m) => mayActFor(principal, m.municipalityNumber))) throw refuse.notFound(`No joint application ${id}`);
    return joint;
  }
}

let bound: JointApplicationsRepository | undefined;

/** The deployment's joint applications (TABLE_NAME), bound on first use. */
export const jointApplicationsRepository = (): JointApplicationsRepository => (bound ??= new JointApplicationsRepository(programmeTable()));
