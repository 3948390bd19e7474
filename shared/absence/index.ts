/**
 * The absence capability's public runtime entry: sick-leave arithmetic, checking and accepting
 * uploads, the figures' and the asynchronous uploads' repositories, the outcome letters.
 * Not here, so that GET functions stay small: the CSV reader (csv-columns.ts, upload-file.ts)
 * and S3 (upload-objects.ts, upload-urls.ts, accept-later.ts); the upload handlers import those
 * files directly.
 */
export * from './model.ts';
export * from './commands.ts';
export * from './disclosure.ts';
export { seriesView, type FigureView, type QuarterView, type RevisedFigure } from './series.ts';
export { disclosureRule } from './disclosure-rule.ts';
export { AbsenceRepository, AsyncUploadsRepository, absenceRepository, asyncUploadsRepository, RepeatedUploadError, PENDING_DAYS, type StoredFigure, type StoreOptions } from './repository.ts';
export { everyMunicipalityKnown, municipalityExists } from './upload-checks.ts';
export { acceptUpload, accepted, COMMIT_RESERVE_MS, rejectionOf, startAsyncUpload, uploadLocation, type AcceptContext } from './uploads.ts';
export { absenceUploadOutcome } from './emails.ts';
export { plausibilityWarnings, parseWarningId, warningId, PLAUSIBILITY_RULES, PLAUSIBILITY_RULE_NAMES, MAX_RECEIPT_WARNINGS, type PlausibilityWarning, type PlausibilityRule, type WarningStatus } from './plausibility.ts';
export { AbsenceWarningsRepository, absenceWarningsRepository, type WarningPage } from './warnings-repository.ts';
export { uploadReminder, figuresMissing } from './emails.ts';
export * from './upload-reminders.ts';
export { UploadRemindersRepository, uploadRemindersRepository, SECRETARIAT, type SentUploadReminder } from './upload-reminder-repository.ts';
