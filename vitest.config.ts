import { defineConfig } from 'vitest/config';

/**
 * Test kinds, each its own project:
 * - unit: pure domain rules and small pieces, no I/O;
 * - integration: adapters and handlers against DynamoDB Local (started once per run);
 * - infra: assertions on the synthesized CDK template, and cdk-nag;
 * - e2e: the whole local stack, HTTP in and email file out.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/support/unit-environment.setup.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/dynamodb-local.global-setup.ts'],
          setupFiles: ['test/support/aws-environment.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
    ],
  },
});
