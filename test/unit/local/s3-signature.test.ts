/**
 * The local S3 server's front checks SigV4 signatures (s3rver alone checks the key, date and
 * expiry but not the signature): a URL the presigner made passes, any alteration is refused.
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/environment.ts';
import { signatureRefusal } from '../../../local/s3-server.ts';

const HOST = '127.0.0.1:4569';
const presign = (credentials = LOCAL_CREDENTIALS, contentType = 'text/csv') =>
  getSignedUrl(
    new S3Client({ endpoint: `http://${HOST}`, forcePathStyle: true, region: LOCAL_REGION, credentials }),
    new PutObjectCommand({ Bucket: 'uploads', Key: 'absence-uploads/0b7c2a4e-6c39-4a7e-9f4e-2f0a3d6f1a11', ContentType: contentType }),
    { expiresIn: 900, signableHeaders: new Set(['content-type']) },
  );
const request = (url: string, headers: Record<string, string> = { 'content-type': 'text/csv' }, method = 'PUT') => {
  const { pathname, search } = new URL(url);
  return { method, url: `${pathname}${search}`, headers: { host: HOST, ...headers } };
};

describe('SigV4 on the local S3 server', () => {
  it('accepts a presigned PUT as the SDK signs it', async () => {
    expect(signatureRefusal(request(await presign()))).toBeUndefined();
  });

  it('refuses an altered signature, key, expiry, method or content type', async () => {
    const url = await presign();
    const signature = /X-Amz-Signature=([0-9a-f]+)/.exec(url)![1]!;
    const cases = [
      request(url.replace(signature, signature.replace(/^./, (c) => (c === '0' ? '1' : '0'))) ),
      request(url.replace('0b7c2a4e', '1b7c2a4e')),
      request(url.replace('X-Amz-Expires=900', 'X-Amz-Expires=604800')),
      request(url, { 'content-type': 'text/csv' }, 'DELETE'),
      request(url, { 'content-type': 'application/json' }),
    ];
    for (const altered of cases) expect(signatureRefusal(altered), altered.url).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('refuses a URL signed with another secret, or an unknown key', async () => {
    expect(signatureRefusal(request(await presign({ accessKeyId: LOCAL_CREDENTIALS.accessKeyId, secretAccessKey: 'guessed' })))).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(signatureRefusal(request(await presign({ accessKeyId: 'AKIAOTHER', secretAccessKey: LOCAL_CREDENTIALS.secretAccessKey })))).toMatchObject({ code: 'InvalidAccessKeyId' });
  });

  it('leaves unsigned requests to the server (which refuses what needs a signature)', () => {
    expect(signatureRefusal({ method: 'GET', url: '/uploads/x', headers: { host: HOST } })).toBeUndefined();
  });
});
