/**
 * Applications and their guard items. The guard item (pk COHORT#<id>, sk APPLICATION#<nr>)
 * makes "one application per municipality per cohort" a conditional write, and carries the
 * status so the secretariat can list a cohort's applications by status with one Query.
 */
import type { Application, ApplicationSummary } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { visibleTo } from '../platform/http/access.ts';
import { acceptsApplications, COHORT_STATUSES } from '../cohorts/model.ts';
import { utcDay } from '../platform/dates.ts';
import { refuse } from '../platform/refusal.ts';
import { getVersioned, queryIndex, queryPrefix, type Versioned, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { putNew, putVersioned, transact, type TransactionStep } from '../platform/dynamodb/transaction.ts';

/** The cohort statuses in which an application may be stored. */
const ACCEPTING = COHORT_STATUSES.filter(acceptsApplications);

/** Stores a new application (draft or submitted) if the cohort is open and the municipality has none there yet, with extra steps and events. */
export async function insertApplication(
  tableName: string,
  application: Application,
  events: readonly EventEnvelope[] = [],
  extraSteps: readonly TransactionStep[] = [],
): Promise<void> {
  await transact(
    tableName,
    [
      putNew(tableName, { ...applicationItem(application), version: 1 }, () => refuse.conflict(`Application ${application.id} exists`)),
      putNew(tableName, guardItem(application), () =>
        refuse.conflict(`${application.municipalityName} already has an application in this cohort; change or withdraw that one`),
      ),
      {
        item: {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.cohort(application.cohortId),
            // The statuses the domain says accept applications.
            ConditionExpression: `#status IN (${ACCEPTING.map((_, i) => `:accepting${i}`).join(', ')})`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: Object.fromEntries(ACCEPTING.map((status, i) => [`:accepting${i}`, status])),
          },
        },
        onConditionFailed: () => refuse.conflict('The cohort does not accept applications: it is not open'),
      },
      ...extraSteps,
    ],
    events,
  );
}

/** Replaces an application changed since it was read at `version`, with the guard, extra steps and events. */
export async function saveApplication(
  tableName: string,
  application: Versioned<Application>,
  events: readonly EventEnvelope[] = [],
  extraSteps: readonly TransactionStep[] = [],
): Promise<void> {
  await transact(
    tableName,
    [
      putVersioned(tableName, { ...applicationItem(application.value), version: application.version }, `Application ${application.value.id}`),
      { item: { Put: { TableName: tableName, Item: guardItem(application.value) } } },
      ...extraSteps,
    ],
    events,
  );
}

export function getApplication(tableName: string, applicationId: string): Promise<Versioned<Application> | undefined> {
  return getVersioned<Application>(tableName, keys.application(applicationId));
}

/** A cohort's applications (from the guard items), in municipality number order. */
export async function applicationsOfCohort(tableName: string, cohortId: string): Promise<ApplicationSummary[]> {
  return (await queryPrefix(tableName, keys.cohortApplication(cohortId).pk, 'APPLICATION#')).map((item) => withoutStorageAttributes<ApplicationSummary>(item));
}

/** A municipality's applications, oldest first. */
export async function applicationsOfMunicipality(tableName: string, municipalityNumber: string): Promise<ApplicationSummary[]> {
  return (await queryIndex(tableName, 'gsi1', keys.applicationsOfMunicipality(municipalityNumber).gsi1pk)).map((item) =>
    summaryOf(withoutStorageAttributes<Application>(item)),
  );
}

/** Applications submitted on one UTC day, oldest first. */
export async function applicationsSubmittedOn(tableName: string, day: string): Promise<Application[]> {
  return (await queryIndex(tableName, 'gsi2', keys.applicationsSubmittedOn(day).gsi2pk)).map((item) => withoutStorageAttributes<Application>(item));
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

/** The application if the principal may see it (a municipality: its own); otherwise 404, never revealing that it exists. */
export function visibleApplication(tableName: string, principal: Principal | undefined, id: string): Promise<Versioned<Application>> {
  return visibleTo(principal, getApplication(tableName, id), `No application ${id}`);
}
