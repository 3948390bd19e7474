/**
 * Delivery records for handlers that send many emails for one event (invitations, gathering
 * notices, network compositions). A retry after a partial failure sends only what was not
 * sent: each delivery is recorded after SES accepts it and checked before sending. (A crash
 * between SES's answer and the record can still send one message twice: at-least-once.)
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb/client.ts';
import { keys } from '../adapters/dynamodb/table-design.ts';
import { sendEmail } from '../adapters/mail/ses-mailer.ts';
import type { EmailMessage } from './email-message.ts';

const RECORD_RETENTION_SECONDS = 30 * 24 * 3600;

export async function sendOnce(tableName: string, deliveryKey: string, message: EmailMessage, from: string): Promise<'sent' | 'already-sent'> {
  const key = keys.sentMail(deliveryKey);
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  if (Item) return 'already-sent';
  const messageId = await sendEmail(message, from);
  await documentClient.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...key, type: 'SentMail', messageId, subject: message.subject, sentAt: new Date().toISOString(), expiration: Math.floor(Date.now() / 1000) + RECORD_RETENTION_SECONDS },
    }),
  );
  return 'sent';
}
