/**
 * Helpers for asserting on the synthesized programme stack: the whole deployment as one
 * template (parent and nested stacks, references across them resolved), resources of a
 * construct by its logical id, and the IAM statements an execution role ends up with.
 */
import { NestedStack, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';

export interface CfnResourceJson {
  readonly Type: string;
  readonly Properties: Record<string, any>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export interface PolicyStatementJson {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, unknown>;
  readonly Sid?: string;
}

/** The logical id of a construct's CloudFormation resource (its default child for L2s). */
export function logicalIdOf(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}

export function resourceOf(template: Template, construct: IConstruct): CfnResourceJson {
  const id = logicalIdOf(construct);
  const resource = template.toJSON().Resources[id] as CfnResourceJson | undefined;
  if (!resource) throw new Error(`No resource ${id} in the template`);
  return resource;
}

export function resourcesOfType(template: Template, type: string): [string, CfnResourceJson][] {
  return Object.entries(template.toJSON().Resources as Record<string, CfnResourceJson>).filter(([, r]) => r.Type === type);
}

/** Every statement of every inline policy and AWS::IAM::Policy attached to the role. */
export function statementsOfRole(template: Template, role: IConstruct): PolicyStatementJson[] {
  const roleId = logicalIdOf(role);
  const roleResource = template.toJSON().Resources[roleId] as CfnResourceJson;
  const inline = ((roleResource.Properties.Policies ?? []) as { PolicyDocument: { Statement: PolicyStatementJson[] } }[]).flatMap(
    (p) => p.PolicyDocument.Statement,
  );
  const attached = resourcesOfType(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => (policy.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as PolicyStatementJson[]);
  return [...inline, ...attached];
}

export function actionsOf(statements: readonly PolicyStatementJson[]): Set<string> {
  return new Set(statements.filter((s) => s.Effect === 'Allow').flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}

export function statementsWithAction(statements: readonly PolicyStatementJson[], action: string): PolicyStatementJson[] {
  return statements.filter((s) => s.Effect === 'Allow' && (Array.isArray(s.Action) ? s.Action : [s.Action]).includes(action));
}

export function resourcesOf(statement: PolicyStatementJson): unknown[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}

/** `{ "Fn::GetAtt": [id, attribute] }`, as CloudFormation references a resource attribute. */
export function getAtt(construct: IConstruct, attribute: string): { 'Fn::GetAtt': [string, string] } {
  return { 'Fn::GetAtt': [logicalIdOf(construct), attribute] };
}

export function ref(construct: IConstruct): { Ref: string } {
  return { Ref: logicalIdOf(construct) };
}

/** Every template of a deployment: the stack's own, then each nested stack's (depth first). */
export function templatesOf(stack: Stack): { readonly stack: Stack; readonly template: Template }[] {
  const nested = stack.node.findAll().filter((c): c is NestedStack => c instanceof NestedStack && c.nestedStackParent === stack);
  return [{ stack, template: Template.fromStack(stack) }, ...nested.flatMap((child) => templatesOf(child))];
}

type Json = unknown;

/** Replaces `{ Ref: name }` by `values[name]`, and `{ "Fn::GetAtt": [id, "Outputs.X"] }` by `outputs[id][X]`, everywhere in `value`. */
function substitute(value: Json, values: Record<string, Json>, outputs: Record<string, Record<string, Json>>): Json {
  if (Array.isArray(value)) return value.map((v) => substitute(v, values, outputs));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, Json>;
  const keys = Object.keys(object);
  if (keys.length === 1 && typeof object.Ref === 'string' && object.Ref in values) return values[object.Ref];
  const getAtt = object['Fn::GetAtt'];
  if (keys.length === 1 && Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string' && getAtt[1].startsWith('Outputs.')) {
    const output = outputs[getAtt[0]]?.[getAtt[1].slice('Outputs.'.length)];
    if (output !== undefined) return output;
  }
  return Object.fromEntries(keys.map((key) => [key, substitute(object[key], values, outputs)]));
}

/**
 * The whole deployment as one template: the resources of the stack and of every nested stack
 * (their logical ids are unique across templates, which this checks), with what crosses a
 * template boundary resolved to what it is: a nested stack's parameter becomes the value the
 * parent passes it (so a function's `TABLE_NAME` is `{ Ref: <table> }`, as in a single
 * template), and a parent's `Fn::GetAtt [<nested stack>, Outputs.X]` becomes that output's value.
 * Outputs and parameters are the top-level stack's. Assertions on it mean what they meant when
 * everything was in one template; the limits per template are checked on `templatesOf`.
 */
export function deploymentTemplate(stack: Stack): Template {
  const resolved = resolvedTemplate(stack, {});
  return Template.fromJSON({ ...Template.fromStack(stack).toJSON(), Resources: resolved.resources }, { skipCyclicalDependenciesCheck: true });
}

function resolvedTemplate(stack: Stack, parameterValues: Record<string, Json>): { resources: Record<string, CfnResourceJson>; outputs: Record<string, Json> } {
  const json = Template.fromStack(stack).toJSON() as { Resources: Record<string, CfnResourceJson>; Outputs?: Record<string, { Value: Json }> };
  const nested = stack.node.findAll().filter((c): c is NestedStack => c instanceof NestedStack && c.nestedStackParent === stack);
  const resources: Record<string, CfnResourceJson> = {};
  const nestedOutputs: Record<string, Record<string, Json>> = {};
  const add = (id: string, resource: CfnResourceJson) => {
    if (id in resources) throw new Error(`Logical id ${id} is in more than one template of the deployment`);
    resources[id] = resource;
  };
  for (const child of nested) {
    const resourceId = stack.getLogicalId(child.nestedStackResource as CfnElement);
    const passed = substitute(json.Resources[resourceId]?.Properties?.Parameters ?? {}, parameterValues, {}) as Record<string, Json>;
    const inner = resolvedTemplate(child, passed);
    nestedOutputs[resourceId] = inner.outputs;
    for (const [id, resource] of Object.entries(inner.resources)) add(id, resource);
  }
  for (const [id, resource] of Object.entries(json.Resources)) add(id, substitute(resource, parameterValues, nestedOutputs) as CfnResourceJson);
  const outputs = Object.fromEntries(Object.entries(json.Outputs ?? {}).map(([name, output]) => [name, substitute(output.Value, parameterValues, nestedOutputs)]));
  return { resources, outputs };
}
