/**
 * The audit table (shared/platform/audit/design.ts): entries nobody may change or delete. Every
 * writer gets PutItem alone on it (programme-function.ts); the TTL deletes an entry after the
 * configured years (the only deletion there is, DynamoDB's own); PITR restores one deleted by
 * mistake outside IAM (a console user). Retained like the programme table.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { auditTableDesign } from '#shared/platform/audit/design.ts';

const string = (name: string) => ({ name, type: AttributeType.STRING });

export class AuditTable extends TableV2 {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      partitionKey: string(auditTableDesign.partitionKey),
      sortKey: string(auditTableDesign.sortKey),
      globalSecondaryIndexes: auditTableDesign.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
      })),
      timeToLiveAttribute: auditTableDesign.timeToLiveAttribute,
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      // The audit log outlives any stack deletion, as the programme's records do.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
