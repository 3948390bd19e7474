/**
 * Presigned PUT URLs for upload objects: the caller sends the file straight to S3, past the
 * 6 MB Lambda payload and the gateway's 10 MB, signed with the function's own role (which may
 * only put objects under the upload prefix). The content type is a signed header: a PUT with
 * another one is refused by S3.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3Client, uploadObjectKey } from './upload-objects.ts';

export async function presignUploadPut(bucket: string, uploadId: string, contentType: string, expiresInSeconds: number): Promise<{ url: string; headers: Record<string, string> }> {
  const url = await getSignedUrl(s3Client, new PutObjectCommand({ Bucket: bucket, Key: uploadObjectKey(uploadId), ContentType: contentType }), {
    expiresIn: expiresInSeconds,
    signableHeaders: new Set(['content-type']),
  });
  return { url, headers: { 'content-type': contentType } };
}
