/**
 * Helpers for asserting on the synthesized programme stack: resources of a construct by its
 * logical id, and the IAM statements an execution role ends up with.
 */
import { Stack, type CfnElement } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
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
