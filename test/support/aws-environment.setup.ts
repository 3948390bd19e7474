/**
 * Runs before each integration/e2e test file is imported: points the AWS SDK at the shared
 * DynamoDB Local and gives the file a table of its own, so files can run in parallel.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { applyLocalEnvironment } from '../../local/environment.ts';
import { deleteTestTable } from './table.ts';

applyLocalEnvironment({ dynamoDb: inject('dynamoDbEndpoint'), awsEmulator: 'http://127.0.0.1:9', s3: 'http://127.0.0.1:9' }, 'ERROR');
process.env.TABLE_NAME = `test-${randomUUID()}`;

// When the file is done its table goes: every file shares the run's DynamoDB Local, which slows
// down under what earlier files left behind (test/support/table.ts).
// The shared instance by name: a file that started a stack of its own has pointed the environment at that one.
afterAll(() => deleteTestTable(inject('dynamoDbEndpoint')));
