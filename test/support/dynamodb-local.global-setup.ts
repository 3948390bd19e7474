/**
 * Starts one DynamoDB Local for the whole test run (integration and e2e) and shares its
 * endpoint with every test file; each file works in its own table.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../local/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const dynamoDb = await startDynamoDbLocal();
  console.log(`DynamoDB Local ready on ${dynamoDb.endpoint} in ${Date.now() - started} ms`);
  project.provide('dynamoDbEndpoint', dynamoDb.endpoint);
  return async () => {
    await dynamoDb.stop();
  };
}
