/**
 * Where applications and participants are stored, each repository bound to its table once.
 *
 * Applications and their guard items: the guard item (pk COHORT#<id>, sk APPLICATION#<nr>)
 * makes "one application per municipality per cohort" a conditional write, and carries the
 * status so the secretariat can list a cohort's applications by status with one Query.
 *
 * Participants: a municipality admitted to a cohort, with the target and goals it committed to.
 * Written in the admission decision's transaction; read for emails, networks and the overview.
 *
 * Their keys are declared below, beside the items (the map of the whole table: platform/dynamodb/table-design.ts).
 */
import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Application, ApplicationSummary } from './contract.ts';
import type { Participant } from './model.ts';
import type { Participation } from '../municipalities/contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { visibleTo } from '../platform/auth/tenancy.ts';
import { CohortsRepository } from '../cohorts/index.ts';
import { utcDay } from '../platform/dates.ts';
import { refuse } from '../platform/refusal.ts';
import { withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  application: (applicationId: string) => ({ pk: `APPLICATION#${applicationId}`, sk: 'APPLICATION' }),
  applicationsOfMunicipality: (municipalityNumber: string, createdAt = '') => ({
    gsi1pk: `MUNICIPALITY#${municipalityNumber}`,
    gsi1sk: `APPLICATION#${createdAt}`,
  }),
  cohortApplication: (cohortId: string, municipalityNumber = '') => ({ pk: `COHORT#${cohortId}`, sk: `APPLICATION#${municipalityNumber}` }),
  participant: (cohortId: string, municipalityNumber = '') => ({ pk: `COHORT#${cohortId}`, sk: `PARTICIPANT#${municipalityNumber}` }),
  admissions: (admittedOn = '', municipalityNumber = '', cohortId = '') => ({
    gsi1pk: 'PARTICIPANTS',
    gsi1sk: admittedOn ? `${admittedOn}#${municipalityNumber}#${cohortId}` : '',
  }),
  participationOf: (municipalityNumber: string, admittedOn = '', cohortId = '') => ({
    gsi2pk: `PARTICIPATION#${municipalityNumber}`,
    gsi2sk: admittedOn ? `${admittedOn}#${cohortId}` : '',
  }),
  applicationsSubmittedOn: (day: string, submittedAt = '', applicationId = '') => ({
    gsi2pk: `APPLICATIONS#SUBMITTED#${day}`,
    gsi2sk: submittedAt ? `${submittedAt}#${applicationId}` : '',
  }),
} as const;


export class ApplicationsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** Stores a new application (draft or submitted) if the cohort is open and the municipality has none there yet, with extra steps and events. */
  async insert(application: Application, events: readonly EventEnvelope[] = [], extraSteps: readonly TransactionStep[] = []): Promise<void> {
    await this.table.transact(
      [
        ...this.newApplicationSteps(application, () => refuse.conflict(`${application.municipalityName} already has an application in this cohort; change or withdraw that one`)),
        new CohortsRepository(this.table).acceptsApplicationsStep(application.cohortId),
        ...extraSteps,
      ],
      events,
    );
  }

  /** The steps of `insert` but the cohort's check (a transaction inserting several applications checks it once); `alreadyApplied` names the refusal of a second application. */
  newApplicationSteps(application: Application, alreadyApplied: () => Error): TransactionStep[] {
    return [this.table.putNew({ ...applicationItem(application), version: 1 }, () => refuse.conflict(`Application ${application.id} exists`)), this.table.putNew(guardItem(application), alreadyApplied)];
  }

  /** Replaces an application changed since it was read at `version`, with the guard, extra steps and events. */
  async save(application: Versioned<Application>, events: readonly EventEnvelope[] = [], extraSteps: readonly TransactionStep[] = []): Promise<void> {
    await this.table.transact([...this.saveSteps(application), ...extraSteps], events);
  }

  /** The steps of `save` (the application at its version, and its guard item), for a transaction that writes several applications. */
  saveSteps(application: Versioned<Application>): TransactionStep[] {
    return [
      this.table.putVersioned({ ...applicationItem(application.value), version: application.version }, `Application ${application.value.id}`),
      { item: { Put: { TableName: this.table.name, Item: guardItem(application.value) } } },
    ];
  }

  get(applicationId: string): Promise<Versioned<Application> | undefined> {
    return this.table.get<Application>(keys.application(applicationId));
  }

  /** The application if the principal may see it (a municipality: its own); otherwise 404, never revealing that it exists. */
  visibleTo(principal: Principal | undefined, applicationId: string): Promise<Versioned<Application>> {
    return visibleTo(principal, this.get(applicationId), `No application ${applicationId}`);
  }

  /** A cohort's applications (from the guard items), in municipality number order. */
  async ofCohort(cohortId: string): Promise<ApplicationSummary[]> {
    return (await this.table.queryPrefix(keys.cohortApplication(cohortId).pk, 'APPLICATION#')).map((item) => withoutStorageAttributes<ApplicationSummary>(item));
  }

  /** The municipality's application in the cohort (its guard item: id and status), if it has one. */
  async inCohort(cohortId: string, municipalityNumber: string): Promise<ApplicationSummary | undefined> {
    return (await this.table.get<ApplicationSummary>(keys.cohortApplication(cohortId, municipalityNumber)))?.value;
  }

  /**
   * A cohort's applications whole (for exports): the guard items' Query, then the applications
   * by key (BatchGetItem, 100 keys a call, unprocessed keys resent), in municipality number order.
   */
  async wholeOfCohort(cohortId: string): Promise<Application[]> {
    const summaries = await this.ofCohort(cohortId);
    const found = new Map<string, Application>();
    for (let start = 0; start < summaries.length; start += 100) {
      let keysLeft: Record<string, unknown>[] = summaries.slice(start, start + 100).map((s) => keys.application(s.id));
      for (let attempt = 0; keysLeft.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`Applications of cohort ${cohortId}: keys left unprocessed after ${attempt} attempts`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
        const result = await this.table.client.send(new BatchGetCommand({ RequestItems: { [this.table.name]: { Keys: keysLeft } } }));
        for (const item of result.Responses?.[this.table.name] ?? []) {
          const application = withoutStorageAttributes<Application>(item);
          found.set(application.id, application);
        }
        keysLeft = (result.UnprocessedKeys?.[this.table.name]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return summaries.map((s) => found.get(s.id)).filter((a): a is Application => a !== undefined);
  }

  /** A municipality's applications, oldest first. */
  async ofMunicipality(municipalityNumber: string): Promise<ApplicationSummary[]> {
    return (await this.table.queryIndex('gsi1', keys.applicationsOfMunicipality(municipalityNumber).gsi1pk)).map((item) =>
      summaryOf(withoutStorageAttributes<Application>(item)),
    );
  }

  /** Applications submitted on one UTC day, oldest first. */
  async submittedOn(day: string): Promise<Application[]> {
    return (await this.table.queryIndex('gsi2', keys.applicationsSubmittedOn(day).gsi2pk)).map((item) => withoutStorageAttributes<Application>(item));
  }
}

function applicationItem(application: Application) {
  return {
    ...keys.application(application.id),
    ...keys.applicationsOfMunicipality(application.municipalityNumber, application.createdAt),
    ...(application.submittedAt ? keys.applicationsSubmittedOn(utcDay(application.submittedAt), application.submittedAt, application.id) : {}),
    entity: 'Application',
    ...application,
  };
}

function guardItem(application: Application) {
  return { ...keys.cohortApplication(application.cohortId, application.municipalityNumber), entity: 'CohortApplication', ...summaryOf(application) };
}

function summaryOf(application: Application): ApplicationSummary {
  const { id, cohortId, municipalityNumber, municipalityName, status, updatedAt } = application;
  return { id, cohortId, municipalityNumber, municipalityName, status, updatedAt };
}

export class ParticipantsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** The Put that makes a municipality a participant (part of the admission transaction). */
  admit(participant: Participant): TransactionStep {
    return { item: { Put: { TableName: this.table.name, Item: participantItem(participant), ConditionExpression: 'attribute_not_exists(pk)' } } };
  }

  /** The Update that puts a participant in a network; fails unless it participates and has no network. */
  joinNetwork(cohortId: string, municipalityNumber: string, network: { id: string; name: string }, onRefused: () => Error): TransactionStep {
    return {
      item: {
        Update: {
          TableName: this.table.name,
          Key: keys.participant(cohortId, municipalityNumber),
          UpdateExpression: 'SET networkId = :id, networkName = :name',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(networkId)',
          ExpressionAttributeValues: { ':id': network.id, ':name': network.name },
        },
      },
      onConditionFailed: onRefused,
    };
  }

  /** A cohort's participants, in municipality number order. */
  async ofCohort(cohortId: string): Promise<Participant[]> {
    return (await this.table.queryPrefix(keys.participant(cohortId).pk, 'PARTICIPANT#')).map((item) => withoutStorageAttributes<Participant>(item));
  }

  /** Every admission in the programme, oldest first (one GSI partition). */
  async admissions(): Promise<Participant[]> {
    return (await this.table.queryIndex('gsi1', keys.admissions().gsi1pk)).map((item) => withoutStorageAttributes<Participant>(item));
  }

  /** A municipality's participation history, oldest first. */
  async participationOf(municipalityNumber: string): Promise<Participation[]> {
    const items = await this.table.queryIndex('gsi2', keys.participationOf(municipalityNumber).gsi2pk);
    return items.map((item) => {
      const p = withoutStorageAttributes<Participant>(item);
      return {
        cohortId: p.cohortId,
        cohortName: p.cohortName,
        applicationId: p.applicationId,
        admittedOn: p.admittedOn,
        ...(p.networkId ? { networkId: p.networkId } : {}),
        ...(p.networkName ? { networkName: p.networkName } : {}),
      };
    });
  }

  /**
   * The participant of a municipality's latest admission, whole: the last item of its
   * participation history (one item read, from the index; no second read of the same item).
   */
  async latestOf(municipalityNumber: string): Promise<Participant | undefined> {
    const { Items } = await this.table.client.send(
      new QueryCommand({
        TableName: this.table.name,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.participationOf(municipalityNumber).gsi2pk },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    return Items?.[0] ? withoutStorageAttributes<Participant>(Items[0]) : undefined;
  }

  async get(cohortId: string, municipalityNumber: string): Promise<Participant | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.participant(cohortId, municipalityNumber), ConsistentRead: true }));
    return Item ? withoutStorageAttributes<Participant>(Item) : undefined;
  }
}

function participantItem(participant: Participant) {
  return {
    ...keys.participant(participant.cohortId, participant.municipalityNumber),
    ...keys.admissions(participant.admittedOn, participant.municipalityNumber, participant.cohortId),
    ...keys.participationOf(participant.municipalityNumber, participant.admittedOn, participant.cohortId),
    entity: 'Participant',
    ...participant,
  };
}

let applications: ApplicationsRepository | undefined;
let participants: ParticipantsRepository | undefined;

/** This deployment's applications (the programme table), bound on first use. */
export const applicationsRepository = (): ApplicationsRepository => (applications ??= new ApplicationsRepository(programmeTable()));
/** This deployment's participants (the programme table), bound on first use. */
export const participantsRepository = (): ParticipantsRepository => (participants ??= new ParticipantsRepository(programmeTable()));

