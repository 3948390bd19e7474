import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../contracts/applications.ts';
import type { EventEnvelope } from '../../contracts/events.ts';
import { utcDay } from '../../domain/application.ts';
import { documentClient } from './client.ts';
import { outboxPut } from './outbox.ts';
import { keys } from './table-design.ts';

export class ApplicationAlreadyExistsError extends Error {
  readonly applicationId: string;
  constructor(applicationId: string) {
    super(`Application ${applicationId} already exists`);
    this.applicationId = applicationId;
    this.name = 'ApplicationAlreadyExistsError';
  }
}

/** Stores a new application and its ApplicationSubmitted event in one transaction. */
export async function insertApplication(tableName: string, application: Application, event: EventEnvelope): Promise<void> {
  try {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.application(application.id),
                ...keys.applicationsOfMunicipality(application.municipalityNumber, application.submittedAt),
                ...keys.applicationsSubmittedOn(utcDay(application.submittedAt), application.submittedAt, application.id),
                type: 'Application',
                version: 1,
                ...application,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          outboxPut(tableName, event),
        ],
      }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') {
      throw new ApplicationAlreadyExistsError(application.id);
    }
    throw error;
  }
}

export async function getApplication(tableName: string, applicationId: string): Promise<Application | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.application(applicationId) }));
  return Item ? toApplication(Item) : undefined;
}

/** Applications submitted on one UTC day, oldest first (paginates through the whole day). */
export async function applicationsSubmittedOn(tableName: string, day: string): Promise<Application[]> {
  const { gsi2pk } = keys.applicationsSubmittedOn(day);
  const found: Application[] = [];
  let exclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': gsi2pk },
        ExclusiveStartKey: exclusiveStartKey,
      }),
    );
    found.push(...(page.Items ?? []).map(toApplication));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return found;
}

/** Strips storage attributes (keys, type, version) so only the contract's fields remain. */
function toApplication(item: Record<string, unknown>): Application {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, type, version, ...application } = item;
  return application as Application;
}
