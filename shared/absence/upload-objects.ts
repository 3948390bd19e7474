/**
 * Upload objects in S3: large files of figures, written by a presigned PUT (upload-urls.ts) or
 * by the synchronous route when a body is too large to accept at once, and read by
 * processAbsenceUpload. One client per process. Locally AWS_ENDPOINT_URL_S3 points it at the
 * S3-compatible server of the local stack, which is addressed path-style (no bucket subdomains
 * on loopback); in AWS the default virtual-hosted style stays.
 */
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { UPLOAD_OBJECT_PREFIX } from './contract.ts';

export const s3Client = new S3Client({
  forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
  // No flexible checksums unless S3 requires them: a presigned PUT must not carry a checksum of an empty body.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});

/** The key of an upload's object; the only keys the processing function accepts. */
export const uploadObjectKey = (uploadId: string) => `${UPLOAD_OBJECT_PREFIX}${uploadId}`;

const KEY = new RegExp(`^${UPLOAD_OBJECT_PREFIX}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`);
/** The upload id of an object key, or undefined for a key no upload of ours has. */
export const uploadIdOfKey = (key: string): string | undefined => KEY.exec(key)?.[1];

export async function putUploadObject(bucket: string, uploadId: string, body: string | Uint8Array, contentType: string): Promise<void> {
  await s3Client.send(new PutObjectCommand({ Bucket: bucket, Key: uploadObjectKey(uploadId), Body: body, ContentType: contentType }));
}

/** The object's bytes, or `too-large` (without reading it) when it is over `maxBytes`. */
export async function readUploadObject(bucket: string, uploadId: string, maxBytes: number): Promise<Buffer | 'too-large'> {
  const object = await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: uploadObjectKey(uploadId) }));
  if ((object.ContentLength ?? 0) > maxBytes) {
    object.Body?.transformToWebStream().cancel().catch(() => {});
    return 'too-large';
  }
  return Buffer.from(await object.Body!.transformToByteArray());
}
