/**
 * Builds the programme app the way `cdk synth` does (same factory as infra/app.ts), with
 * context overrides. Bundling every function with esbuild takes a few seconds, so test files
 * build once in `beforeAll`; files that do not look at the code skip bundling.
 */
import { rmSync } from 'node:fs';
import type { Template } from 'aws-cdk-lib/assertions';
import { createProgrammeApp, type ProgrammeApp } from '../../../infra/programme-app.ts';
import { deploymentTemplate } from './template.ts';

export interface BuildOptions {
  /** CDK context, as `-c key=value` would give it. */
  readonly context?: Record<string, unknown>;
  /** Run esbuild for every function (default false: assets are placeholders). */
  readonly bundle?: boolean;
  /**
   * Register cdk-nag as `cdk synth` does (default false: synthesis would stop at the first
   * finding, hiding what the template tests report; test/infra/cdk-nag.test.ts checks it).
   */
  readonly nag?: boolean;
}

export interface BuiltProgramme extends ProgrammeApp {
  /** The whole deployment (parent and nested stacks) as one template: see `deploymentTemplate`. */
  readonly template: Template;
}

/** Removes the cloud assembly (bundles included) the app wrote to a temporary directory. */
export function removeAssembly(built: BuiltProgramme | undefined): void {
  if (built) rmSync(built.app.outdir, { recursive: true, force: true });
}

export function buildProgramme(options: BuildOptions = {}): BuiltProgramme {
  const context: Record<string, unknown> = { ...options.context };
  // An empty list tells CDK no stack needs bundling (what `cdk synth --exclusively` uses).
  if (!options.bundle) context['aws:cdk:bundling-stacks'] = [];
  const programme = createProgrammeApp({ context }, { nag: options.nag ?? false });
  return { ...programme, template: deploymentTemplate(programme.stack) };
}
