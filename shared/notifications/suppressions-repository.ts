/**
 * Addresses that must get no more mail: a permanent bounce or a complaint reported by SES. One
 * item per address (lower case), written idempotently; `deliverNotification` reads it before
 * every send. The first report is kept: a repeat or a later report does not overwrite it.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../platform/dynamodb/client.ts';
import { keys } from '../platform/dynamodb/table-design.ts';

export interface Suppression {
  readonly address: string;
  readonly reason: 'bounce' | 'complaint';
  readonly messageId: string;
  readonly at: string;
}

export async function suppressAddress(tableName: string, suppression: Suppression): Promise<boolean> {
  try {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.suppressedAddress(suppression.address), entity: 'SuppressedAddress', ...suppression, address: suppression.address.trim().toLowerCase() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

export async function suppressionOf(tableName: string, address: string): Promise<Suppression | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.suppressedAddress(address), ConsistentRead: true }));
  return Item ? { address: Item.address, reason: Item.reason, messageId: Item.messageId, at: Item.at } : undefined;
}
