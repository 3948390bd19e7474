/**
 * The audit table: a table of its own, apart from the programme table, so that IAM can grant
 * every writer PutItem and nothing else on it (no function may update or delete an entry), and
 * so that its retention (years) and its PITR are its own. Read by the CDK stack and the local
 * runtime, as the programme table's design is.
 *
 * One entry is one audited write (a transaction, or a read of one municipality's figures). It is
 * stored once per resource it touched, so each resource's history is one partition:
 *
 * | access pattern                          | key                                                          |
 * | --------------------------------------- | ------------------------------------------------------------ |
 * | a resource's entries, by time           | pk RESOURCE#<resource>, sk <at>#<entryId>                    |
 * | a person's entries (or a machine's,     | byActor ACTOR#<personId> (or ACTOR#<subject> without one)    |
 * |   a bootstrap account's), by time       |   / <at>#<entryId>   (the entry's first item only: sparse)   |
 * | every entry of a day, by time           | byDay DAY#<yyyy-mm-dd> / <at>#<entryId> (first item only)    |
 *
 * The day partition is not sharded: a partition takes about 1,000 writes a second, and one
 * programme audits a few writes a second at its busiest (README, Performance). Past that, the
 * key becomes DAY#<day>#<n> and a query reads the n shards.
 */
export const auditTableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds: DynamoDB's TTL deletes an entry after the configured years (AUDIT_RETENTION_YEARS). */
  timeToLiveAttribute: 'expiration',
  globalSecondaryIndexes: [
    { indexName: 'byActor', partitionKey: 'actorKey', sortKey: 'atKey' },
    { indexName: 'byDay', partitionKey: 'dayKey', sortKey: 'atKey' },
  ],
} as const;

/** The audit table's name beside a programme table (locally and in tests; in AWS the stack sets AUDIT_TABLE_NAME). */
export const auditTableFor = (programmeTableName: string): string => `${programmeTableName}-audit`;

/** Entries are kept this many years unless the deployment says otherwise (CDK context `auditRetentionYears`). */
export const DEFAULT_AUDIT_RETENTION_YEARS = 10;

export const auditKeys = {
  resource: (resource: string) => `RESOURCE#${resource}`,
  actor: (personIdOrSubject: string) => `ACTOR#${personIdOrSubject}`,
  day: (day: string) => `DAY#${day}`,
  /** Sort key: the instant, then the entry's id (two entries of one millisecond stay apart). */
  at: (at: string, entryId: string) => `${at}#${entryId}`,
};
