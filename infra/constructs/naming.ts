import { Names, Stack, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Construct ids from routing-table names: `sendApplicationReceipt` → `SendApplicationReceipt`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The deployment's name: the name of the top-level stack, also from inside its nested stacks
 * (whose own `stackName` is a token CloudFormation generates). Fixed physical names — functions
 * `<name>-<function>`, dead-letter queues `<name>-<function>-dlq` — are built from it.
 */
export function programmeName(scope: IConstruct): string {
  let stack = Stack.of(scope);
  while (stack.nestedStackParent) stack = stack.nestedStackParent;
  return stack.stackName;
}

/**
 * How cdk-nag spells a reference to `target`'s attribute in the template of `consumer`'s stack:
 * `<LogicalId.Attr>` in its own stack; inside a nested stack the value arrives as the parameter
 * CDK creates for it (`reference-to-<unique id><Attr>`, see aws-cdk-lib core/lib/private/refs).
 */
export function nagReferenceOf(consumer: IConstruct, target: CfnElement, attribute: string): string {
  const producer = Stack.of(target);
  if (Stack.of(consumer) === producer) return `<${producer.getLogicalId(target)}.${attribute}>`;
  return `<referenceto${Names.nodeUniqueId(target.node)}${attribute}>`;
}
