/**
 * The programme table: one DynamoDB table for every item, designed from its access patterns.
 *
 * This definition is read by the CDK stack and by the local runtime (DynamoDB Local), so both
 * create the same table. Key builders live here too, so no other module spells a key.
 *
 * | access pattern                                   | key                                                          |
 * | ------------------------------------------------ | ------------------------------------------------------------ |
 * | municipality by number                           | pk MUNICIPALITY#<nr>, sk PROFILE                             |
 * | the register, in number order                    | gsi1 MUNICIPALITIES / <nr>                                   |
 * | cohort by id                                     | pk COHORT#<id>, sk COHORT                                    |
 * | cohorts by start date                            | gsi1 COHORTS / <startDate>#<id>                              |
 * | a gathering; its seats taken (all, per session;  | pk GATHERING#<id>, sk GATHERING; sk SEATS; sk SEATS#<nr>     |
 * |   per municipality)                              |                                                              |
 * | gatherings by first day                          | gsi1 GATHERINGS / <firstDay>#<id>                            |
 * | a cohort's / a network's calendar (host copies)  | pk COHORT#<id> or NETWORK#<id>, sk GATHERING#<id>            |
 * | application by id                                | pk APPLICATION#<id>, sk APPLICATION                          |
 * | applications of a municipality, oldest first     | gsi1 MUNICIPALITY#<nr> / APPLICATION#<createdAt>             |
 * | applications submitted on a day (digest)         | gsi2 APPLICATIONS#SUBMITTED#<yyyy-mm-dd> / <submittedAt>#<id> |
 * | a cohort's invitations (who was invited)         | pk COHORT#<id>, sk INVITATION#<nr>                           |
 * | a municipality's nudges in a cohort (latest step) | pk COHORT#<id>, sk NUDGE#<nr>                               |
 * | one application per municipality and cohort,     | pk COHORT#<id>, sk APPLICATION#<nr> (guard item with the     |
 * |   and a cohort's applications by status          |   application's id and status, written with every change)    |
 * | participants of a cohort                         | pk COHORT#<id>, sk PARTICIPANT#<nr>                          |
 * | every admission (overview)                       | gsi1 PARTICIPANTS / <admittedOn>#<nr>#<cohortId>             |
 * | a municipality's participation history           | gsi2 PARTICIPATION#<nr> / <admittedOn>#<cohortId>            |
 * | networks of a cohort                             | pk COHORT#<id>, sk NETWORK#<id>                              |
 * | every network (overview)                         | gsi1 NETWORKS / <cohortId>#<id>                              |
 * | outbox event (stream → EventBridge)              | pk OUTBOX#<eventId>, sk EVENT (expires after 7 days)         |
 * | idempotency records (Powertools), per function   | pk IDEMPOTENCY#<function>, sk <function>#<hash>              |
 * | report by id                                     | pk REPORT#<id>, sk REPORT                                    |
 * | a cohort's reports (by municipality, due date)   | gsi1 REPORTS#<cohortId> / <nr>#<dueDate>#<id>                |
 * | reports with reminders still to send (sparse)    | gsi2 OPEN_REPORTS / <dueDate>#<id>                           |
 * | reports awaiting signatures (sparse)             | gsi2 REPORTS_AWAITING_SIGNATURES / <submittedAt>#<id>        |
 * | the sweep clock (latest sweep's day and start)   | pk REPORT_SWEEP, sk CLOCK                                    |
 * | a notification (every email)                     | pk NOTIFICATION#<id>, sk NOTIFICATION                        |
 * | notifications by status (failed ones: the dead letters) | gsi1 NOTIFICATIONS#<status> / <updatedAt>#<id>        |
 * | a municipality's sick-leave figures, all revisions | pk ABSENCE#<nr>, sk FIGURE#<period>#<scope>#<uploadId>      |
 * |   (pending, with a TTL, until promoted)          |                                                              |
 * | every municipality's figures for a quarter       | gsi1 ABSENCE_QUARTER#<quarter> / <nr>#<period>#<scope>#<uploadId> |
 * | an upload's commit point (its rows count)        | pk ABSENCE_COMMIT#<uploadId>, sk COMMIT                      |
 * | an upload by content: the claim while it is      | pk ABSENCE_UPLOAD#<sha256>, sk UPLOAD                        |
 * |   stored, then the repeat record (24 h)          |                                                              |
 * | an asynchronous upload (status, receipt, errors) | pk ASYNC_UPLOAD#<uploadId>, sk STATUS, TTL                   |
 * | an upload's plausibility warnings about a        | pk ABSENCE_WARNINGS#<uploadId>#<nr>, sk WARNING#<row>#<rule> |
 * |   municipality (pending, with a TTL, until promoted) |                                                          |
 * | warnings by status, per county (sparse: promoted) | gsi1 ABSENCE_WARNINGS#<status>#<county> / <nr>#<uploadId>#<row>#<rule> |
 * | a participant's target status; all of them      | pk MUNICIPALITY#<nr>, sk TARGET_STATUS; gsi1 TARGET_STATUSES / <nr> |
 * | what is known of an email address (confirmation, | pk EMAIL#<lower-case address>, sk ADDRESS                    |
 * |   the ids of the notifications held for it)      |                                                              |
 * | a confirmation code, by its SHA-256 (TTL)        | pk EMAIL_CONFIRMATION#<sha256>, sk TOKEN                     |
 * | a caller's request count in a window (rate limit) | pk RATE#<caller>#<class>#<windowStart>, sk COUNTER (expires after the window) |
 * | a sent notification by SES message id (bounces)  | gsi2 SES_MESSAGE#<messageId> / NOTIFICATION                  |
 * | an address that bounced or complained (no mail)  | pk SUPPRESSED_ADDRESS#<address, lower case>, sk SUPPRESSION  |
 * | a person (name, address, organisation, roles,   | pk PERSON#<id>, sk PERSON                                    |
 * |   status, login subject)                         |                                                              |
 * | an organisation's people                         | gsi1 PEOPLE#<organisation> / <personId>                      |
 * | one person per address                           | pk PERSON_EMAIL#<lower-case address>, sk PERSON              |
 * | an organisation's count of project leaders       | pk PEOPLE#<organisation>, sk PROJECT_LEADERS                 |
 * | a person's login (roles, active), by subject     | pk LOGIN#<sub>, sk LOGIN (platform/auth/directory.ts)        |
 * | a municipality's status notices of a day (cap)   | pk MUNICIPALITY#<nr>, sk STATUS_NOTICES#<yyyy-mm-dd>         |
 * | ... the day's slots that coalesced changes       | gsi2 STATUS_NOTICES_COALESCED#<yyyy-mm-dd> / <nr>            |
 * | an address's mail preferences (per category)     | pk MAIL_PREFERENCES#<lower-case address>, sk MAIL_PREFERENCES |
 * | a one-click unsubscribe token, by its SHA-256 (TTL) | pk MAIL_UNSUBSCRIBE#<sha256>, sk TOKEN                    |
 * | an address's optional mail sent at once today (cap) | pk MAIL_QUOTA#<address>#<yyyy-mm-dd>, sk QUOTA (TTL)      |
 * | notifications held for the daily digest          | gsi1 NOTIFICATIONS#digest-held / <updatedAt>#<id>            |
 * | a person; the people of an organisation          | pk PERSON#<id>, sk PERSON; gsi1 PEOPLE#<organisation> / <id> |
 * | a calendar feed (scope, owner, secret's SHA-256) | pk CALENDAR_FEED#<id>, sk FEED                               |
 * | a person's calendar feeds                        | gsi1 CALENDAR_FEEDS#<login subject> / <createdAt>#<id>       |
 * | the feed a secret opens, by its SHA-256          | pk CALENDAR_SECRET#<sha256>, sk SECRET                       |
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB's TTL deletes expired outbox and idempotency items. */
  timeToLiveAttribute: 'expiration',
  /** The outbox publisher needs the new image only. */
  streamViewType: 'NEW_IMAGE',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

/**
 * The platform's own keys (the outbox, the rate counters). Each capability's keys live beside its
 * items in its repository.ts; the comment above is the map of the whole key space.
 */
export const keys = {
  outbox: (eventId: string) => ({ pk: `${OUTBOX_PREFIX}${eventId}`, sk: 'EVENT' }),
  /** One partition per caller, class and window: no key is shared between callers, none lives longer than its window. */
  rateCounter: (caller: string, rateClass: string, windowStart: number) => ({ pk: `${RATE_LIMIT_PREFIX}${caller}#${rateClass}#${windowStart}`, sk: 'COUNTER' }),
} as const;

/** Prefix of outbox partition keys: the stream filter (AWS and local) selects on it. */
export const OUTBOX_PREFIX = 'OUTBOX#';

/** Prefix of the partitions of Powertools idempotency records (see shared/platform/idempotency.ts). */
export const IDEMPOTENCY_PREFIX = 'IDEMPOTENCY#';

/**
 * The partition of one function's idempotency records: one per function, not one for the whole
 * system (a single partition would cap every function's invocations together at one partition's
 * write throughput), and the function's IAM policy is scoped to it.
 */
export const idempotencyPartition = (functionName: string) => `${IDEMPOTENCY_PREFIX}${functionName}`;

/** Prefix of the rate-limit counters' partitions: the HTTP functions' IAM policy is scoped to it. */
export const RATE_LIMIT_PREFIX = 'RATE#';
