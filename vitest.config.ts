import { defineConfig } from 'vitest/config';

/**
 * Test kinds, each its own project:
 * - unit: pure domain rules and small pieces, no I/O;
 * - integration: adapters and handlers against DynamoDB Local (started once per run);
 * - infra: assertions on the synthesized CDK template, and cdk-nag;
 * - e2e: the whole local stack, HTTP in and email file out;
 * - large-uploads: the 50,000-row upload, on its own DynamoDB Local.
 */
/** Files heavy enough to slow a shared DynamoDB Local for every file after them. */
const LARGE = ['test/e2e/absence-uploads.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/support/unit-environment.setup.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          exclude: LARGE,
          globalSetup: ['test/support/dynamodb-local.global-setup.ts'],
          setupFiles: ['test/support/aws-environment.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // The 50,000-row upload on a DynamoDB Local of its own: after it, the shared one answered every
      // request in 1-2 s for the rest of the run (its own globalSetup starts a second instance).
      {
        test: {
          name: 'large-uploads',
          include: LARGE,
          globalSetup: ['test/support/dynamodb-local.global-setup.ts'],
          setupFiles: ['test/support/aws-environment.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 420_000 } },
    ],
  },
});
