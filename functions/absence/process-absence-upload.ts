/**
 * On an upload object created in S3 (EventBridge "Object Created"): read the file, check it as
 * the synchronous route does, accept it (acceptUpload: all rows or none, a repeat recognised),
 * record the outcome with its event, and tell the uploader.
 *
 * Idempotent on the upload id: a redelivery, a second PUT of the same key or two deliveries at
 * once find the upload already moved (conditional writes on its status) and at most queue the
 * same email again, which the notifications repository stores once. A failure that is not the file's fault (the
 * database, S3) fails the invocation: Lambda retries it, then the DLQ. A retry finds the upload
 * `validating` and carries on; acceptUpload recognises content it already committed.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { EventBridgeEvent, S3ObjectCreatedNotificationEventDetail } from 'aws-lambda';
import {
  absenceRepository,
  absenceUploadOutcome,
  acceptUpload,
  asyncUploadsRepository,
  everyMunicipalityKnown,
  finishAsyncUpload,
  isFinalUploadStatus,
  municipalityExists,
  rejectionOf,
  startValidating,
  type StoredAsyncUpload,
  type UploadOutcome,
  type UploadScope,
} from '#shared/absence/index.ts';
import { MAX_UPLOAD_OBJECT_BYTES } from '#shared/absence/contract.ts';
import { readUploadObject, uploadIdOfKey } from '#shared/absence/upload-objects.ts';
import { readUploadFile } from '#shared/absence/upload-file.ts';
import { processAbsenceUpload } from '#shared/absence/routes.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole, secretariatRecipient } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { withAuditContext } from '#shared/platform/audit/actor.ts';
import { systemActor } from '#shared/platform/audit/entry.ts';
import { config } from '#shared/platform/config.ts';
import { withDeclaration } from '#shared/platform/declared.ts';
import type { Handled } from '#shared/platform/events/event-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { logger } from '#shared/platform/logger.ts';
import { languageFor } from '#shared/platform/written-standard.ts';

export type ObjectCreated = EventBridgeEvent<'Object Created', S3ObjectCreatedNotificationEventDetail>;

const stack = middy<ObjectCreated, Handled>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    const key = event.detail.object.key;
    const uploadId = uploadIdOfKey(key);
    const upload = uploadId ? await asyncUploadsRepository().get(uploadId) : undefined;
    if (!upload) {
      // Not an object of ours (or its resource expired): nothing to do, and nothing a retry would change.
      logger.warn('Object without an upload', { key });
      return { handled: key };
    }
    logger.appendKeys({ correlation_id: upload.correlationId, upload_id: upload.uploadId });
    // Audited as this function's doing, under the upload's correlation id (the uploader's request that created it).
    await withAuditContext({ actor: systemActor(processAbsenceUpload.function.name), action: `function:${processAbsenceUpload.function.name}`, correlationId: upload.correlationId }, async () => {
      const current = await processUpload(upload);
      await tellUploader(current);
    });
    return { handled: upload.uploadId };
  });

/** Built by hand (no factory fits a stream, an S3 event or the $default route); it names its declaration like every handler. */
export const handler = withDeclaration(stack, processAbsenceUpload);

/** Moves the upload to its final status (or finds it there); resolves to the upload as stored then. */
async function processUpload(upload: StoredAsyncUpload): Promise<StoredAsyncUpload> {
  const uploads = asyncUploadsRepository();
  if (isFinalUploadStatus(upload.status)) return upload;
  let current = upload;
  if (upload.status === 'received') {
    const validating = startValidating(upload, new Date());
    if (await uploads.saveMove(upload, validating)) current = validating;
    else {
      const moved = (await uploads.get(upload.uploadId))!;
      // Another delivery took it (or finished it): that one completes it; a retry of ours carries on from `validating`.
      if (isFinalUploadStatus(moved.status)) return moved;
      current = moved;
    }
  }
  const scope: UploadScope = upload.scope === 'bulk' ? { scope: 'bulk' } : { scope: 'municipality', municipalityNumber: upload.municipalityNumber! };
  let outcome: UploadOutcome;
  try {
    const bytes = await readUploadObject(config.uploadBucket(), upload.uploadId, MAX_UPLOAD_OBJECT_BYTES);
    if (bytes === 'too-large') throw problems.payloadTooLarge(MAX_UPLOAD_OBJECT_BYTES);
    const rows = readUploadFile(bytes, upload.contentType, scope);
    const receipt = await acceptUpload(absenceRepository(), rows, {
      uploadedBy: upload.uploadedBy,
      correlationId: upload.correlationId,
      precondition: () => (scope.scope === 'bulk' ? everyMunicipalityKnown(rows) : municipalityExists(scope.municipalityNumber)),
    });
    outcome = { status: 'committed', receipt };
  } catch (error) {
    const problem = rejectionOf(error, upload.uploadId);
    if (!problem) throw error;
    outcome = { status: 'rejected', problem };
  }

  const { state, events } = finishAsyncUpload(current, outcome, new Date());
  await uploads.saveMove(current, state, events);
  logger.info('Upload finished', { status: outcome.status });
  return (await uploads.get(upload.uploadId))!;
}

/** The outcome to the uploader: a municipality's figures uploaders by role, else its registered contact address, in its written standard; the secretariat at its own. */
async function tellUploader(upload: StoredAsyncUpload): Promise<void> {
  if (!isFinalUploadStatus(upload.status) || !upload.outcomeEventId) return;
  const outcome: UploadOutcome = upload.status === 'committed' ? { status: 'committed', receipt: upload.receipt! } : { status: 'rejected', problem: upload.problem! };
  const cause = { eventId: upload.outcomeEventId, eventType: upload.status === 'committed' ? 'AbsenceUploadCommitted' : 'AbsenceUploadRejected' };
  if (upload.scope === 'bulk') {
    await notificationsRepository().insertAll(queuedNotifications(absenceUploadOutcome(upload.uploadId, outcome, secretariatRecipient(), 'nb', upload.correlationId), cause));
    return;
  }
  const municipality = await municipalitiesRepository().get(upload.municipalityNumber!);
  const message = absenceUploadOutcome(upload.uploadId, outcome, { address: municipality?.contactEmail ?? '' }, languageFor(municipality?.writtenStandard ?? 'neutral'), upload.correlationId);
  // Its figures uploaders by role, else the registered contact address.
  const uploaders = await recipientsByRole(message.template === 'absence-upload-committed' ? 'absence-upload-committed' : 'absence-upload-rejected', (roles) => peopleRepository().withRoles(upload.municipalityNumber!, roles), [], ['figures-uploader']);
  if (uploaders.length) {
    await notificationsRepository().insertAll(queuedNotifications({ ...message, to: uploaders }, cause));
    return;
  }
  if (!municipality?.contactEmail) {
    logger.warn('No registered contact address: the outcome is only on the upload resource', { municipalityNumber: upload.municipalityNumber });
    return;
  }
  const to = { name: `${municipality.name} kommune`, address: municipality.contactEmail };
  await notificationsRepository().insertAll(queuedNotifications(absenceUploadOutcome(upload.uploadId, outcome, to, languageFor(municipality.writtenStandard), upload.correlationId), cause));
}
