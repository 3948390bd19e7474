/**
 * CloudFormation's hard limits per template (500 resources, 200 parameters, 200 outputs), for
 * the parent stack and each nested stack: every template stays below our budget of 350
 * resources, so features can be added before the layout (infra/stack-layout.ts) must change.
 * Not bundled: only the templates matter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functions, type FunctionName } from '#shared/routing.ts';
import { NESTED_STACKS, nestedStackOf, RESOURCES_PER_TEMPLATE_BUDGET } from '../../infra/stack-layout.ts';
import { buildProgramme, removeAssembly, type BuiltProgramme } from './support/programme-app.ts';
import { templatesOf } from './support/template.ts';

const CLOUDFORMATION_MAX_PARAMETERS = 200;
const CLOUDFORMATION_MAX_OUTPUTS = 200;

let built: BuiltProgramme;
let counts: { path: string; resources: number; parameters: number; outputs: number }[];

beforeAll(() => {
  built = buildProgramme();
  counts = templatesOf(built.stack).map(({ stack, template }) => {
    const json = template.toJSON() as { Resources?: object; Parameters?: object; Outputs?: object };
    return {
      path: stack.node.path,
      resources: Object.keys(json.Resources ?? {}).length,
      parameters: Object.keys(json.Parameters ?? {}).length,
      outputs: Object.keys(json.Outputs ?? {}).length,
    };
  });
  console.table(counts);
});

afterAll(() => removeAssembly(built));

describe('templates of the deployment', () => {
  it('are the parent and one nested stack per capability', () => {
    expect(counts.map((c) => c.path).sort()).toEqual([built.stack.node.path, ...Object.values(NESTED_STACKS).map(([name]) => `${built.stack.node.path}/${name}`)].sort());
  });

  it(`each have at most ${RESOURCES_PER_TEMPLATE_BUDGET} resources (CloudFormation allows 500)`, () => {
    for (const { path, resources } of counts) expect(resources, `${path}: ${resources} resources`).toBeLessThanOrEqual(RESOURCES_PER_TEMPLATE_BUDGET);
  });

  it(`each have at most ${CLOUDFORMATION_MAX_PARAMETERS} parameters and ${CLOUDFORMATION_MAX_OUTPUTS} outputs`, () => {
    for (const { path, parameters, outputs } of counts) {
      expect(parameters, `${path}: ${parameters} parameters`).toBeLessThanOrEqual(CLOUDFORMATION_MAX_PARAMETERS);
      expect(outputs, `${path}: ${outputs} outputs`).toBeLessThanOrEqual(CLOUDFORMATION_MAX_OUTPUTS);
    }
  });

  it('together hold every resource once (the deployment is their sum)', () => {
    const total = counts.reduce((sum, c) => sum + c.resources, 0);
    expect(Object.keys(built.template.toJSON().Resources as object)).toHaveLength(total);
  });

  it('keep the stateful resources and the HTTP API itself in the parent, and no function there', () => {
    const parent = templatesOf(built.stack)[0]!.template.toJSON() as { Resources: Record<string, { Type: string }> };
    const types = new Set(Object.values(parent.Resources).map((r) => r.Type));
    for (const type of ['AWS::DynamoDB::GlobalTable', 'AWS::Events::EventBus', 'AWS::S3::Bucket', 'AWS::Cognito::UserPool', 'AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::Stage', 'AWS::ApiGatewayV2::Authorizer']) {
      expect(types, type).toContain(type);
    }
    expect(types).not.toContain('AWS::Lambda::Function');
  });

  it('put every function, with its role and log group, in the nested stack the layout names', () => {
    for (const name of Object.keys(functions) as FunctionName[]) {
      const fn = built.stack.functions.get(name);
      const expected = `${built.stack.node.path}/${nestedStackOf(name)}`;
      for (const construct of [fn, fn.executionRole, ...(fn.deadLetters ? [fn.deadLetters] : [])]) {
        expect(construct.stack.node.path, `${name}: ${construct.node.path}`).toBe(expected);
      }
    }
  });
});
