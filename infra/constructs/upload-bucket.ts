/**
 * The bucket large uploads of figures go through: a presigned PUT (or the synchronous route,
 * for a body too large to accept at once) writes `absence-uploads/<uploadId>`, S3 tells
 * EventBridge ("Object Created", default bus), and a rule starts processAbsenceUpload. Private
 * (public access blocked), TLS only, encrypted, and the objects expire: the outcome is kept on
 * the upload resource in the table, the file is not needed after a week. Export files
 * (`exports/<exportId>/<file>`, GET /exports/{kind}) live here too, for a day.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { EXPORT_OBJECT_DAYS, EXPORT_OBJECT_PREFIX, UPLOAD_OBJECT_PREFIX } from '#shared/routing.ts';

/** How long an upload object is kept. */
export const UPLOAD_OBJECT_DAYS = 7;

export class UploadBucket extends Bucket {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: false,
      lifecycleRules: [
        { id: 'ExpireUploadObjects', prefix: UPLOAD_OBJECT_PREFIX, expiration: Duration.days(UPLOAD_OBJECT_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // Export files (GET /exports/{kind}): the presigned link lasts minutes, the file a day.
        { id: 'ExpireExportFiles', prefix: EXPORT_OBJECT_PREFIX, expiration: Duration.days(EXPORT_OBJECT_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // S3 → EventBridge as the bucket's own property, which CloudFormation sets natively.
    // (`eventBridgeEnabled: true` would do it through a custom resource: a Lambda, its role with an
    // AWS managed policy, and a policy, for what one property does.)
    (this.node.defaultChild as CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Upload objects are transient (expired after 7 days) and every upload is recorded in the table with the caller who ' +
        'created it (GET /absence-uploads/{id}), and the API access log names each request; server access logs would add a ' +
        'second bucket that only repeats that. A deployment that must audit object reads turns on CloudTrail S3 data events.',
    });
  }
}
