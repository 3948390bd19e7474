/**
 * Export files in S3: written as they are produced (lib-storage's Upload: one PutObject for a
 * file under one part, a multipart upload past it, at most QUEUE_SIZE × PART_BYTES in memory),
 * under EXPORT_OBJECT_PREFIX in the stack's upload bucket, and handed out as a presigned GET
 * signed by the function's own role, which may touch those keys only. The bucket expires them
 * (infra/constructs/upload-bucket.ts). Locally AWS_ENDPOINT_URL_S3 points the client at the local
 * S3 server, addressed path-style.
 */
import { randomUUID } from 'node:crypto';
import { PassThrough, Transform, type Writable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { EXPORT_OBJECT_PREFIX } from './contract.ts';

const s3Client = new S3Client({
  forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});

/** S3's smallest part; a file under it is one PutObject. */
const PART_BYTES = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

export interface StoredExport {
  readonly key: string;
  readonly bytes: number;
}

/** A new object key for an export file: a fresh id (nobody can guess another's), then the file's own name. */
export const exportObjectKey = (fileName: string): string => `${EXPORT_OBJECT_PREFIX}${randomUUID()}/${fileName}`;

/**
 * Streams what `write` writes into the object `key`; resolves when both the writing and the
 * upload are done. A failure of either aborts the other (and a multipart upload's parts).
 */
export async function storeExport(bucket: string, key: string, contentType: string, fileName: string, write: (sink: Writable) => Promise<void>): Promise<StoredExport> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const body = new PassThrough();
  counter.pipe(body);
  const upload = new Upload({
    client: s3Client,
    params: { Bucket: bucket, Key: key, Body: body, ContentType: contentType, ContentDisposition: `attachment; filename="${fileName}"` },
    partSize: PART_BYTES,
    queueSize: QUEUE_SIZE,
    leavePartsOnError: false,
  });
  const uploaded = upload.done();
  try {
    await write(counter);
  } catch (error) {
    await upload.abort().catch(() => undefined);
    body.destroy();
    await uploaded.catch(() => undefined);
    throw error;
  }
  await uploaded;
  return { key, bytes };
}

/** A GET URL of the object, valid for `expiresInSeconds`. */
export function presignExportGet(bucket: string, key: string, expiresInSeconds: number): Promise<string> {
  return getSignedUrl(s3Client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: expiresInSeconds });
}
