/**
 * People for tests: a login in the access directory (shared/platform/auth/directory.ts) and a
 * development token for it, as an invitation and a sign-in give one. The roles are the table's,
 * as in AWS; the token only names the subject.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../../local/stack.ts';
import { loginItem } from '../../shared/platform/auth/directory.ts';
import type { MunicipalRole, StaffRole } from '../../shared/platform/auth/principal.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { peopleKeys, personItem } from '../../shared/people/index.ts';

/** A project leader who also uploads the figures (a small municipality's usual arrangement), unless roles are given. */
export const DEFAULT_MUNICIPAL_ROLES: readonly MunicipalRole[] = ['project-leader', 'figures-uploader'];

export async function personToken(
  stack: Pick<LocalStack, 'tableName' | 'issuer'>,
  options: { municipality: string; roles?: readonly MunicipalRole[]; subject?: string; name?: string; email?: string; expiresIn?: string },
): Promise<string> {
  const subject = options.subject ?? `person-${options.municipality}-${randomUUID()}`;
  await putLogin(stack, subject, { organisation: options.municipality, roles: options.roles ?? DEFAULT_MUNICIPAL_ROLES, name: options.name, email: options.email });
  return stack.issuer.issue({ role: 'municipality', municipality: options.municipality, subject, ...(options.expiresIn ? { expiresIn: options.expiresIn } : {}) });
}

/** A person of the secretariat (an advisor, an evaluator, or a secretariat member with a person record). */
export async function staffToken(
  stack: Pick<LocalStack, 'tableName' | 'issuer'>,
  options: { role: StaffRole; personId?: string; subject?: string; name?: string; email?: string },
): Promise<{ token: string; personId: string }> {
  const subject = options.subject ?? `${options.role}-${randomUUID()}`;
  const personId = await putLogin(stack, subject, { organisation: 'secretariat', roles: [options.role], name: options.name, personId: options.personId, email: options.email });
  return { token: await stack.issuer.issue({ role: options.role, subject }), personId };
}

async function putLogin(
  stack: Pick<LocalStack, 'tableName'>,
  subject: string,
  login: { organisation: string; roles: readonly (MunicipalRole | StaffRole)[]; name?: string | undefined; personId?: string | undefined; email?: string | undefined },
): Promise<string> {
  const table = new Table(stack.tableName);
  const personId = login.personId ?? randomUUID();
  const name = login.name ?? `Test ${subject}`;
  const email = login.email ?? `${subject}@test.kvalitetskommune.no`;
  // A person of the secretariat as an accepted invitation leaves it (networks name their advisor by
  // person). A municipality's fixture is its login only: no person record, so mail by role still
  // goes to the people a test invites or an application brings, not to the caller's fixture.
  if (login.organisation === 'secretariat') {
    const person = { id: personId, name, email, organisation: login.organisation, roles: login.roles, status: 'active', subject, invitedAt: new Date().toISOString(), invitedBy: 'test' } as const;
    await table.client.send(new PutCommand({ TableName: table.name, Item: { ...personItem(person), version: 1 } }));
  }
  await table.client.send(new PutCommand({ TableName: table.name, Item: loginItem(subject, { personId, name, organisation: login.organisation, roles: login.roles, active: true }) }));
  // A project leader counts towards the municipality's project leaders, as an invitation's does (the last one stays).
  if (login.roles.includes('project-leader')) {
    await table.client.send(
      new UpdateCommand({ TableName: table.name, Key: peopleKeys.projectLeaders(login.organisation), UpdateExpression: 'ADD #count :one', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':one': 1 } }),
    );
  }
  return personId;
}

/**
 * Logins for the people test/support/http-events.ts `claims.municipality(n)` stands for (subject
 * `kommune-<n>`), for tests that call handlers directly on a table of their own.
 */
export async function loginsForTestClaims(tableName: string, municipalities: readonly string[], roles: readonly MunicipalRole[] = DEFAULT_MUNICIPAL_ROLES): Promise<void> {
  for (const municipality of municipalities) await putLogin({ tableName }, `kommune-${municipality}`, { organisation: municipality, roles });
}
