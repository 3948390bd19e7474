/**
 * On an upload object created in S3 (EventBridge "Object Created"): read the file, check it as
 * the synchronous route does, accept it (acceptUpload: all rows or none, a repeat recognised),
 * record the outcome with its event, and tell the uploader.
 *
 * Idempotent on the upload id: a redelivery, a second PUT of the same key or two deliveries at
 * once find the upload already moved (conditional writes on its status) and at most queue the
 * same email again, which notify() stores once. A failure that is not the file's fault (the
 * database, S3) fails the invocation: Lambda retries it, then the DLQ. A retry finds the upload
 * `validating` and carries on; acceptUpload recognises content it already committed.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { EventBridgeEvent, S3ObjectCreatedNotificationEventDetail } from 'aws-lambda';
import { finishAsyncUpload, getAsyncUpload, startValidating, type StoredAsyncUpload } from '#shared/absence/async-uploads-repository.ts';
import { getMunicipality } from '#shared/municipalities/repository.ts';
import { readUploadObject, uploadIdOfKey } from '#shared/absence/upload-objects.ts';
import { config } from '#shared/platform/config.ts';
import { MAX_UPLOAD_OBJECT_BYTES } from '#shared/absence/upload-contract.ts';
import type { Problem } from '#shared/platform/contract/problem.ts';
import { isFinalUploadStatus } from '#shared/absence/upload-status.ts';
import { Refusal } from '#shared/platform/refusal.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import type { Handled } from '#shared/platform/events/event-handler.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { HttpProblem, problems } from '#shared/platform/http/problems.ts';
import { absenceUploadOutcome, type UploadOutcome } from '#shared/absence/emails.ts';
import { notify } from '#shared/notifications/notify.ts';
import { secretariatRecipient } from '#shared/notifications/recipients.ts';
import { logger } from '#shared/platform/logger.ts';
import { acceptUpload } from '#shared/absence/uploads.ts';
import { everyMunicipalityKnown, municipalityExists } from '#shared/absence/upload-checks.ts';
import { readUploadFile, type UploadScope } from '#shared/absence/upload-file.ts';
import { withDeclaration } from '#shared/platform/declared.ts';
import { processAbsenceUpload } from '#shared/absence/routes.ts';

export type ObjectCreated = EventBridgeEvent<'Object Created', S3ObjectCreatedNotificationEventDetail>;

const stack = middy<ObjectCreated, Handled>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    const tableName = config.tableName();
    const key = event.detail.object.key;
    const uploadId = uploadIdOfKey(key);
    const upload = uploadId ? await getAsyncUpload(tableName, uploadId) : undefined;
    if (!upload) {
      // Not an object of ours (or its resource expired): nothing to do, and nothing a retry would change.
      logger.warn('Object without an upload', { key });
      return { handled: key };
    }
    logger.appendKeys({ correlation_id: upload.correlationId, upload_id: upload.uploadId });
    const current = await processUpload(tableName, upload);
    await tellUploader(tableName, current);
    return { handled: upload.uploadId };
  });

/** Built by hand (no factory fits a stream, an S3 event or the $default route); it names its declaration like every handler. */
export const handler = withDeclaration(stack, processAbsenceUpload);

/** Moves the upload to its final status (or finds it there); resolves to the upload as stored then. */
async function processUpload(tableName: string, upload: StoredAsyncUpload): Promise<StoredAsyncUpload> {
  if (isFinalUploadStatus(upload.status)) return upload;
  if (upload.status === 'received' && !(await startValidating(tableName, upload.uploadId, new Date()))) {
    const moved = (await getAsyncUpload(tableName, upload.uploadId))!;
    // Another delivery took it (or finished it): that one completes it; a retry of ours carries on from `validating`.
    if (isFinalUploadStatus(moved.status)) return moved;
  }
  const scope: UploadScope = upload.scope === 'bulk' ? { scope: 'bulk' } : { scope: 'municipality', municipalityNumber: upload.municipalityNumber! };
  let outcome: UploadOutcome;
  try {
    const bytes = await readUploadObject(config.uploadBucket(), upload.uploadId, MAX_UPLOAD_OBJECT_BYTES);
    if (bytes === 'too-large') throw problems.payloadTooLarge(MAX_UPLOAD_OBJECT_BYTES);
    const rows = readUploadFile(bytes, upload.contentType, scope);
    const receipt = await acceptUpload(tableName, rows, {
      uploadedBy: upload.uploadedBy,
      correlationId: upload.correlationId,
      precondition: () => (scope.scope === 'bulk' ? everyMunicipalityKnown(tableName, rows) : municipalityExists(tableName, scope.municipalityNumber)),
    });
    outcome = { status: 'committed', receipt };
  } catch (error) {
    const problem = rejection(error, upload.uploadId);
    if (!problem) throw error;
    outcome = { status: 'rejected', problem };
  }

  const now = new Date();
  const common = { uploadId: upload.uploadId, scope: upload.scope, ...(upload.municipalityNumber ? { municipalityNumber: upload.municipalityNumber } : {}), uploadedBy: upload.uploadedBy };
  const event =
    outcome.status === 'committed'
      ? newEvent('AbsenceUploadCommitted', { ...common, figuresUploadId: outcome.receipt.uploadId, rows: outcome.receipt.rows, municipalities: outcome.receipt.municipalities, quarters: outcome.receipt.quarters, duplicate: outcome.receipt.duplicate }, { correlationId: upload.correlationId, now })
      : newEvent('AbsenceUploadRejected', { ...common, problemType: outcome.problem.type, detail: outcome.problem.detail ?? outcome.problem.title, errors: outcome.problem.errors?.length ?? 0 }, { correlationId: upload.correlationId, now });
  await finishAsyncUpload(tableName, upload.uploadId, outcome, event, now);
  logger.info('Upload finished', { status: outcome.status });
  return (await getAsyncUpload(tableName, upload.uploadId))!;
}

/** The file's fault, as the synchronous route would have answered it; undefined for anything a retry may cure. */
function rejection(error: unknown, uploadId: string): Problem | undefined {
  const instance = `/absence-uploads/${uploadId}`;
  if (error instanceof HttpProblem && error.status < 500) {
    return { type: error.type, title: error.title, status: error.status, ...(error.detail ? { detail: error.detail } : {}), instance, ...(error.errors ? { errors: [...error.errors] } : {}) };
  }
  if (error instanceof Refusal && error.kind === 'invalid') {
    return error.fields.length > 0
      ? { type: '/problems/validation-failed', title: 'The request is not valid', status: 422, detail: error.message, instance, errors: [...error.fields] }
      : { type: '/problems/rule-violated', title: 'Not allowed by the programme’s rules', status: 422, detail: error.message, instance };
  }
  return undefined;
}

/** The outcome to the uploader: a municipality at its registered contact address, in its written standard; the secretariat at its own. */
async function tellUploader(tableName: string, upload: StoredAsyncUpload): Promise<void> {
  if (!isFinalUploadStatus(upload.status) || !upload.outcomeEventId) return;
  const outcome: UploadOutcome = upload.status === 'committed' ? { status: 'committed', receipt: upload.receipt! } : { status: 'rejected', problem: upload.problem! };
  const cause = { eventId: upload.outcomeEventId, eventType: upload.status === 'committed' ? 'AbsenceUploadCommitted' : 'AbsenceUploadRejected' };
  if (upload.scope === 'bulk') {
    await notify(tableName, absenceUploadOutcome(upload.uploadId, outcome, secretariatRecipient(), 'nb', upload.correlationId), cause);
    return;
  }
  const municipality = await getMunicipality(tableName, upload.municipalityNumber!);
  if (!municipality?.contactEmail) {
    logger.warn('No registered contact address: the outcome is only on the upload resource', { municipalityNumber: upload.municipalityNumber });
    return;
  }
  const to = { name: `${municipality.name} kommune`, address: municipality.contactEmail };
  await notify(tableName, absenceUploadOutcome(upload.uploadId, outcome, to, languageFor(municipality.writtenStandard), upload.correlationId), cause);
}
