/**
 * The CDK app: configuration from context, the programme stack, and cdk-nag's AWS Solutions
 * checks. Shared by `infra/app.ts` and the infra tests, so the tests check what deploys.
 */
import { App, Tags, Validations, type AppProps } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag';
import { programmeConfigFrom, type ProgrammeConfig } from './programme-config.ts';
import { ProgrammeStack } from './programme-stack.ts';

export const DEFAULT_STACK_NAME = 'Kvalitetskommune';

export interface ProgrammeApp {
  readonly app: App;
  readonly config: ProgrammeConfig;
  readonly stack: ProgrammeStack;
}

export interface ProgrammeAppOptions {
  /** Register cdk-nag's AWS Solutions checks (default true; tests of other concerns may leave them out). */
  readonly nag?: boolean;
}

export function createProgrammeApp(props: AppProps = {}, options: ProgrammeAppOptions = {}): ProgrammeApp {
  const app = new App(props);
  const config = programmeConfigFrom((key) => app.node.tryGetContext(key));
  const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? DEFAULT_STACK_NAME;

  // Environment-agnostic: no account or region lookups, so synthesis works offline.
  const stack = new ProgrammeStack(app, stackName, {
    config,
    description: 'Kvalitetskommuneprogrammet: event-driven backend (API, table, events, email)',
  });
  Tags.of(app).add('Project', 'Kvalitetskommuneprogrammet');

  // cdk-nag v3 is a policy-validation plugin (no longer an Aspect): synthesis fails on any
  // finding that is not acknowledged with `Validations.of(construct).acknowledge({ id, reason })`.
  if (options.nag ?? true) Validations.of(app).addPlugins(new cdkNag.AwsSolutionsChecks(app, { verbose: true }));

  return { app, config, stack };
}
