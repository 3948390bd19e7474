/**
 * Mail-preference fixtures: a person record (as the people capability writes it, design.md's
 * keys) and an unsubscribe token issued as deliverNotification issues one.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import type { PersonRole } from '../../shared/platform/auth/principal.ts';
import { MailPreferencesRepository } from '../../shared/notifications/mail-preferences-repository.ts';
import { newUnsubscribeToken, type UnsubscribeScope } from '../../shared/notifications/mail-preferences.ts';

/** Writes a Person item (pk PERSON#id, gsi1 PEOPLE#organisation) and its address item. */
export async function putPerson(
  tableName: string,
  person: { personId?: string; name?: string; email: string; organisation: string; roles: readonly PersonRole[]; status?: 'invited' | 'active' | 'deactivated' },
): Promise<string> {
  const table = new Table(tableName);
  const id = person.personId ?? randomUUID();
  await table.client.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        pk: `PERSON#${id}`,
        sk: 'PERSON',
        gsi1pk: `PEOPLE#${person.organisation}`,
        gsi1sk: id,
        entity: 'Person',
        id,
        name: person.name ?? `Person ${id.slice(0, 8)}`,
        email: person.email,
        organisation: person.organisation,
        roles: person.roles,
        status: person.status ?? 'active',
        invitedAt: new Date().toISOString(),
        invitedBy: 'test',
      },
    }),
  );
  await table.client.send(new PutCommand({ TableName: table.name, Item: { pk: `PERSON_EMAIL#${person.email.toLowerCase()}`, sk: 'PERSON', personId: id } }));
  return id;
}

/** A live one-click token for the address and category (its hash stored), as a sent optional mail carries. */
export async function issueUnsubscribeToken(tableName: string, address: string, scope: UnsubscribeScope = 'reminders'): Promise<string> {
  const { token, tokenHash } = newUnsubscribeToken();
  const now = new Date();
  await new MailPreferencesRepository(new Table(tableName)).issueToken(tokenHash, { address, scope, notificationId: 'fixture', createdAt: now.toISOString() }, now);
  return token;
}
