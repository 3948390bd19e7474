/**
 * People for tests: a login in the access directory (shared/platform/auth/directory.ts) and a
 * development token for it, as an invitation and a sign-in give one. The roles are the table's,
 * as in AWS; the token only names the subject.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../../local/stack.ts';
import { loginItem } from '../../shared/platform/auth/directory.ts';
import type { MunicipalRole, StaffRole } from '../../shared/platform/auth/principal.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';

/** A project leader who also uploads the figures (a small municipality's usual arrangement), unless roles are given. */
export const DEFAULT_MUNICIPAL_ROLES: readonly MunicipalRole[] = ['project-leader', 'figures-uploader'];

export async function personToken(
  stack: Pick<LocalStack, 'tableName' | 'issuer'>,
  options: { municipality: string; roles?: readonly MunicipalRole[]; subject?: string; name?: string; expiresIn?: string },
): Promise<string> {
  const subject = options.subject ?? `person-${options.municipality}-${randomUUID()}`;
  await putLogin(stack, subject, { organisation: options.municipality, roles: options.roles ?? DEFAULT_MUNICIPAL_ROLES, name: options.name });
  return stack.issuer.issue({ role: 'municipality', municipality: options.municipality, subject, ...(options.expiresIn ? { expiresIn: options.expiresIn } : {}) });
}

/** A person of the secretariat (an advisor, an evaluator, or a secretariat member with a person record). */
export async function staffToken(
  stack: Pick<LocalStack, 'tableName' | 'issuer'>,
  options: { role: StaffRole; personId?: string; subject?: string; name?: string },
): Promise<{ token: string; personId: string }> {
  const subject = options.subject ?? `${options.role}-${randomUUID()}`;
  const personId = await putLogin(stack, subject, { organisation: 'secretariat', roles: [options.role], name: options.name, personId: options.personId });
  return { token: await stack.issuer.issue({ role: options.role, subject }), personId };
}

async function putLogin(
  stack: Pick<LocalStack, 'tableName'>,
  subject: string,
  login: { organisation: string; roles: readonly (MunicipalRole | StaffRole)[]; name?: string | undefined; personId?: string | undefined },
): Promise<string> {
  const table = new Table(stack.tableName);
  const personId = login.personId ?? randomUUID();
  await table.client.send(
    new PutCommand({ TableName: table.name, Item: loginItem(subject, { personId, name: login.name ?? `Test ${subject}`, organisation: login.organisation, roles: login.roles, active: true }) }),
  );
  return personId;
}
