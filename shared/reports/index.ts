/** Reports, the public runtime entry: what other capabilities and the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { ReportsRepository, reportsRepository, newReportItems } from './repository.ts';
export { ReportPeople, reportPeople, type PeopleOfReport } from './people.ts';
export { reminderLadder } from './reminder-ladder.ts';
export { reportReminder, reportReviewNotice, reportSubmittedNotice, signatureReminder } from './emails.ts';
