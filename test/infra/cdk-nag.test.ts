/**
 * cdk-nag's AWS Solutions checks. cdk-nag v3 is a CDK policy-validation plugin (no longer an
 * Aspect writing annotations): findings are read from the pack's report, and a finding is
 * accepted only through `Validations.of(construct).acknowledge({ id, reason })`.
 */
import { Names } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import cdkNag from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_OBJECT_PREFIX, httpRoutes, UPLOAD_OBJECT_PREFIX, type HttpRoute } from '#shared/routing.ts';
import { buildProgramme, removeAssembly, type BuiltProgramme } from './support/programme-app.ts';
import { getAtt, resourcesOfType } from './support/template.ts';

const ACKNOWLEDGED = 'aws:cdk:acknowledged-rules';

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

function acknowledgementsIn(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === ACKNOWLEDGED)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

/**
 * How the nested stacks' templates name an attribute of a parent resource (the functions are in
 * nested stacks, the table and bucket in the parent): the parameter the parent passes it in,
 * which CDK names alike in every nested stack. Findings on a policy resource spell it `<name>`.
 */
function nestedParameterFor(built: BuiltProgramme, construct: IConstruct, attribute: string): string {
  const value = JSON.stringify(getAtt(construct, attribute));
  const names = new Set(
    resourcesOfType(Template.fromStack(built.stack), 'AWS::CloudFormation::Stack').flatMap(([, nested]) =>
      Object.entries((nested.Properties.Parameters ?? {}) as Record<string, unknown>)
        .filter(([, passed]) => JSON.stringify(passed) === value)
        .map(([name]) => name),
    ),
  );
  expect([...names], `the parameter carrying ${construct.node.path}.${attribute}`).toHaveLength(1);
  return [...names][0]!;
}

function findings(stack: Stack): string[] {
  const report = new cdkNag.AwsSolutionsChecks().validateScope(stack);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}`));
}

let built: BuiltProgramme;

beforeAll(() => {
  built = buildProgramme({ nag: true });
});

afterAll(() => removeAssembly(built));

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning on the programme stack and its nested stacks', () => {
    expect(built.stack.layout.all().length).toBeGreaterThan(0);
    for (const nested of built.stack.layout.all()) expect(findings(nested), nested.node.path).toEqual([]);
    expect(findings(built.stack)).toEqual([]);
  });

  it('lets the app synthesize with the checks registered as a validation plugin (as `cdk synth` does)', () => {
    expect(() => built.app.synth({ force: true })).not.toThrow();
  });

  it('leaves no CDK errors or warnings (deprecations, misconfigurations) and no AwsSolutions annotations', () => {
    const annotations = Annotations.fromStack(built.stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('does report findings on a non-compliant resource, and fails synthesis for them (the check is live)', () => {
    const app = new App();
    const stack = new Stack(app, 'NonCompliant');
    new Queue(stack, 'PlainQueue');
    Validations.of(app).addPlugins(new cdkNag.AwsSolutionsChecks(app));
    expect(findings(stack)).toEqual(
      expect.arrayContaining([expect.stringContaining('AwsSolutions-SQS3'), expect.stringContaining('AwsSolutions-SQS4')]),
    );
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
  });

  it('acknowledges only the reviewed findings, each on its own resource', () => {
    const stack = built.stack;
    const table = nestedParameterFor(built, stack.table, 'Arn');
    const uploads = nestedParameterFor(built, stack.uploads, 'Arn');
    const indexWildcard = `AwsSolutions-IAM5[Resource::<${table}>/index/*]`;
    const uploadObjects = `AwsSolutions-IAM5[Resource::<${uploads}>/${UPLOAD_OBJECT_PREFIX}*]`;
    const exportFiles = `AwsSolutions-IAM5[Resource::<${uploads}>/${EXPORT_OBJECT_PREFIX}*]`;
    const byId = new Map<string, Set<string>>();
    for (const { id, path } of acknowledgementsIn(built.app)) byId.set(id, (byId.get(id) ?? new Set()).add(path));

    const prefix = stack.stackName;
    const deadLetterQueues = `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sqs:<AWS::Region>:<AWS::AccountId>:${prefix}-*-dlq]`;
    const ownFunctions = `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:lambda:<AWS::Region>:<AWS::AccountId>:function:${prefix}-*]`;
    // The webhooks' run-time resources, by name <stack>-wh-*: the provisioning role (and the delivery role for the destinations).
    const events = 'arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>';
    const bus = `referenceto${Names.nodeUniqueId(stack.eventBus.node.defaultChild!.node)}Ref`;
    const webhookConnections = `AwsSolutions-IAM5[Resource::${events}:connection/${prefix}-wh-*]`;
    const webhookDestinations = `AwsSolutions-IAM5[Resource::${events}:api-destination/${prefix}-wh-*]`;
    const webhookRules = `AwsSolutions-IAM5[Resource::${events}:rule/<${bus}>/${prefix}-wh-*]`;
    const webhookSecrets = `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:events!connection/${prefix}-wh-*]`;
    expect([...byId.keys()].sort()).toEqual(
      ['AwsSolutions-APIG4', 'AwsSolutions-IAM5[Resource::*]', indexWildcard, uploadObjects, exportFiles, 'AwsSolutions-S1', 'AwsSolutions-SQS3', deadLetterQueues, ownFunctions, webhookConnections, webhookDestinations, webhookRules, webhookSecrets].sort(),
    );
    const provisioner = stack.functions.get('provisionWebhookDelivery').executionRole.node.path;
    for (const id of [webhookConnections, webhookRules, webhookSecrets]) expect([...byId.get(id)!], id).toEqual([provisioner]);
    expect([...byId.get(webhookDestinations)!].sort()).toEqual([provisioner, stack.webhooks.deliveryRole.node.path].sort());
    // The stack's own dead-letter queues and functions, by name: roles with dead-letters:manage only.
    const deadLetterRoles = stack.functions
      .all()
      .filter((fn) => fn.grantsAsked.includes('dead-letters:manage'))
      .map((fn) => fn.executionRole.node.path)
      .sort();
    expect([...byId.get(deadLetterQueues)!].sort()).toEqual(deadLetterRoles);
    expect([...byId.get(ownFunctions)!].sort()).toEqual(deadLetterRoles);
    // X-Ray: every execution role; index wildcard: roles with table:read or table:write only.
    const roles = stack.functions.all().map((fn) => fn.executionRole.node.path);
    expect([...byId.get('AwsSolutions-IAM5[Resource::*]')!].sort()).toEqual(roles.sort());
    const tableRoles = stack.functions
      .all()
      .filter((fn) => fn.grantsAsked.some((g) => g === 'table:read' || g === 'table:write'))
      .map((fn) => fn.executionRole.node.path);
    expect([...byId.get(indexWildcard)!].sort()).toEqual([...new Set(tableRoles)].sort());
    // Upload objects: roles with uploads:put or uploads:read only; S1 (no access logs): the upload bucket only.
    const uploadRoles = stack.functions
      .all()
      .filter((fn) => fn.grantsAsked.some((g) => g === 'uploads:put' || g === 'uploads:read'))
      .map((fn) => fn.executionRole.node.path);
    expect(uploadRoles.length).toBeGreaterThan(0);
    expect([...byId.get(uploadObjects)!].sort()).toEqual([...new Set(uploadRoles)].sort());
    // Export files: roles with exports:write only.
    const exportRoles = stack.functions
      .all()
      .filter((fn) => fn.grantsAsked.includes('exports:write'))
      .map((fn) => fn.executionRole.node.path);
    expect(exportRoles.length).toBeGreaterThan(0);
    expect([...byId.get(exportFiles)!].sort()).toEqual([...new Set(exportRoles)].sort());
    expect([...byId.get('AwsSolutions-S1')!]).toEqual([stack.uploads.node.path]);
    // APIG4: public routes and both APIs' $default (404/405 only) only; SQS3: the stream's on-failure queue and the webhooks' dead-letter queue only.
    const publicRoutes = (httpRoutes as readonly HttpRoute[]).filter((r) => r.access === 'public');
    expect([...byId.get('AwsSolutions-APIG4')!].sort()).toEqual(
      [...publicRoutes.map((r) => stack.httpApi.routes.get(`${r.method} ${r.path}`)!.node.path), stack.httpApi.routes.get('$default')!.node.path, stack.machineApi.routes.get('$default')!.node.path].sort(),
    );
    expect([...byId.get('AwsSolutions-SQS3')!].sort()).toEqual([stack.eventPipeline.streamFailures.node.path, stack.webhooks.deadLetters.node.path].sort());
  });

  it('gives every acknowledgement a specific reason', () => {
    const acknowledgements = acknowledgementsIn(built.app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { id, path, reason } of acknowledgements) {
      expect(reason.length, `${id} at ${path}`).toBeGreaterThanOrEqual(80);
      expect(reason, `${id} at ${path}`).not.toMatch(/^(todo|n\/a|suppress(ed)?|ok|fine)\b/i);
    }
  });
});
