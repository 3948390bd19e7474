/**
 * One DynamoDB client per process, created at module load (reused across invocations).
 * Endpoint and region come from the standard AWS environment (`AWS_ENDPOINT_URL_DYNAMODB`
 * points it at DynamoDB Local in development).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const dynamoDbClient = new DynamoDBClient({});

export const documentClient = DynamoDBDocumentClient.from(dynamoDbClient, {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
