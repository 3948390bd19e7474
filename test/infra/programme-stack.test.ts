/**
 * The synthesized programme stack, checked against its sources: the routing table and the
 * table design. Built once, with real esbuild bundling, so the function code is checked too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyPartition, OUTBOX_PREFIX, RATE_LIMIT_PREFIX, tableDesign } from '#shared/platform/dynamodb/table-design.ts';
import { auditTableDesign, DEFAULT_AUDIT_RETENTION_YEARS } from '#shared/platform/audit/design.ts';
import { COGNITO_GROUPS as ROLES } from '../../infra/constructs/auth.ts';
import { ENV, EVENT_SOURCE } from '#shared/platform/config.ts';
import { CONFIGURATION_SET_TAG, SES_EVENT_SOURCE, SES_FEEDBACK_DETAIL_TYPES } from '#shared/notifications/contract.ts';
import {
  awsEventSubscriptions,
  eventSubscriptions,
  EXPORT_OBJECT_DAYS,
  EXPORT_OBJECT_PREFIX,
  functions,
  HTTP_INTEGRATION_TIMEOUT_SECONDS,
  HTTP_TIMEOUT_MARGIN_SECONDS,
  httpRoutes,
  schedules,
  scopesOfRoute,
  streamConsumer,
  UPLOAD_OBJECT_PREFIX,
  unmatchedRouteFunction,
  uploadTriggers,
  type FunctionName,
  type FunctionSpec,
  type HttpRoute,
  type ScheduleSpec,
} from '#shared/routing.ts';
import { API_THROTTLE } from '../../infra/constructs/http-api.ts';
import { CONFIG_DEFAULTS } from '../../infra/programme-config.ts';
import { ESM_REQUIRE_BANNER } from '../../infra/bundling.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../../infra/constructs/programme-function.ts';
import { asynchronouslyInvoked, rateLimitedFunctions } from '../../infra/constructs/programme-functions.ts';
import { UPLOAD_OBJECT_DAYS } from '../../infra/constructs/upload-bucket.ts';
import { hasGrant } from './support/routing.ts';
import { buildProgramme, removeAssembly, type BuiltProgramme } from './support/programme-app.ts';
import {
  actionsOf,
  getAtt,
  logicalIdOf,
  ref,
  resourceOf,
  resourcesOf,
  resourcesOfType,
  statementsOfRole,
  statementsWithAction,
  type CfnResourceJson,
  type PolicyStatementJson,
} from './support/template.ts';

const functionEntries = Object.entries(functions) as [FunctionName, FunctionSpec][];
const routes = httpRoutes as readonly HttpRoute[];
const scheduleSpecs = schedules as readonly ScheduleSpec[];

let built: BuiltProgramme;

beforeAll(() => {
  built = buildProgramme({ bundle: true });
});

afterAll(() => removeAssembly(built));

const fn = (name: FunctionName) => built.stack.functions.get(name);
const lambdaOf = (name: FunctionName) => resourceOf(built.template, fn(name));
const statementsOf = (name: FunctionName) => statementsOfRole(built.template, fn(name).executionRole);

describe('programme table (from the table design)', () => {
  let table: CfnResourceJson;
  beforeAll(() => {
    table = resourceOf(built.template, built.stack.table);
  });

  it('is the only table beside the audit table, on demand, retained when the stack goes', () => {
    expect(resourcesOfType(built.template, 'AWS::DynamoDB::GlobalTable').map(([id]) => id).sort()).toEqual([logicalIdOf(built.stack.auditTable), logicalIdOf(built.stack.table)].sort());
    expect(resourcesOfType(built.template, 'AWS::DynamoDB::Table')).toHaveLength(0);
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('has the key schema, TTL attribute and stream view type of the design', () => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: tableDesign.timeToLiveAttribute, Enabled: true });
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: tableDesign.streamViewType });
  });

  it('has every global secondary index of the design, projecting all attributes', () => {
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      tableDesign.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });

  it('has point-in-time recovery, deletion protection and encryption at rest', () => {
    const [replica, ...others] = table.Properties.Replicas as Record<string, unknown>[];
    expect(others).toEqual([]);
    expect(replica).toMatchObject({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(table.Properties.SSESpecification).toMatchObject({ SSEEnabled: true });
  });
});

/** A statement that names the programme table (or its indexes) among its resources. */
const onProgrammeTable = (statement: PolicyStatementJson) => JSON.stringify(resourcesOf(statement)).includes(JSON.stringify(getAtt(built.stack.table, 'Arn')));
const onAuditTable = (statement: PolicyStatementJson) => JSON.stringify(resourcesOf(statement)).includes(JSON.stringify(getAtt(built.stack.auditTable, 'Arn')));

describe('audit table (from the audit table design)', () => {
  let table: CfnResourceJson;
  beforeAll(() => {
    table = resourceOf(built.template, built.stack.auditTable);
  });

  it('has the key schema, indexes and TTL attribute of the design, no stream, and is retained', () => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: auditTableDesign.partitionKey, KeyType: 'HASH' },
      { AttributeName: auditTableDesign.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName)).toEqual(auditTableDesign.globalSecondaryIndexes.map((i) => i.indexName));
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: auditTableDesign.timeToLiveAttribute, Enabled: true });
    expect(table.Properties.StreamSpecification).toBeUndefined();
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.Replicas[0]).toMatchObject({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true });
  });

  it('can be added to (PutItem) by exactly the functions that write the programme table or read one municipality’s figures, and queried by exactly the audit route', () => {
    const writers = functionEntries.filter(([name]) => actionsOf(statementsOf(name).filter(onAuditTable)).has('dynamodb:PutItem')).map(([name]) => name).sort();
    const expectedWriters = functionEntries.filter(([, spec]) => hasGrant(spec, 'table:write') || hasGrant(spec, 'audit:write')).map(([name]) => name).sort();
    expect(writers).toEqual(expectedWriters);
    expect(writers).toContain('getAbsenceFigures');
    const readers = functionEntries.filter(([name]) => actionsOf(statementsOf(name).filter(onAuditTable)).has('dynamodb:Query')).map(([name]) => name);
    expect(readers).toEqual(['listAuditEntries']);
  });

  it('grants no function anything but PutItem or Query on it: no update, delete or batch write exists in IAM', () => {
    for (const [name] of functionEntries) {
      const actions = actionsOf(statementsOf(name).filter(onAuditTable));
      for (const action of actions) expect(['dynamodb:PutItem', 'dynamodb:Query'], `${name} may ${action} on the audit table`).toContain(action);
    }
    // Nor anything beyond the functions' roles: no resource policy, and no other role or policy names the table.
    expect(table.Properties.ResourcePolicy).toBeUndefined();
    const policies = [...resourcesOfType(built.template, 'AWS::IAM::Policy'), ...resourcesOfType(built.template, 'AWS::IAM::Role')];
    const roles = new Set(functionEntries.map(([name]) => logicalIdOf(fn(name).executionRole)));
    for (const [id, policy] of policies) {
      const statements = (policy.Type === 'AWS::IAM::Role' ? ((policy.Properties.Policies ?? []) as { PolicyDocument: { Statement: PolicyStatementJson[] } }[]).flatMap((p) => p.PolicyDocument.Statement) : (policy.Properties.PolicyDocument.Statement as PolicyStatementJson[])).filter(onAuditTable);
      if (statements.length === 0) continue;
      const attachedTo = policy.Type === 'AWS::IAM::Role' ? [id] : (policy.Properties.Roles as { Ref: string }[]).map((r) => r.Ref);
      expect(attachedTo.every((role) => roles.has(role)), `${id} names the audit table`).toBe(true);
      for (const action of actionsOf(statements)) expect(['dynamodb:PutItem', 'dynamodb:Query']).toContain(action);
    }
  });
});

describe('functions (one Lambda per routing-table function)', () => {
  it('has exactly one Lambda per routing-table function', () => {
    built.template.resourceCountIs('AWS::Lambda::Function', functionEntries.length);
    const ids = new Set(functionEntries.map(([name]) => logicalIdOf(fn(name))));
    expect(ids.size).toBe(functionEntries.length);
  });

  describe.each(functionEntries)('%s', (name, spec) => {
    it('runs Node.js 24 on arm64 with tracing, its timeout and its ESM bundle', () => {
      const { Properties } = lambdaOf(name);
      expect(Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        Timeout: spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        Description: spec.description,
      });
      expect(Properties.Environment.Variables).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: expect.any(String),
      });
    });

    it('logs as JSON to its own log group, which has a retention', () => {
      const { Properties } = lambdaOf(name);
      expect(Properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } });
      const logGroup = built.template.toJSON().Resources[Properties.LoggingConfig.LogGroup.Ref] as CfnResourceJson;
      expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
      expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
    });

    it('has the environment its grants need, and no more', () => {
      const variables = lambdaOf(name).Properties.Environment.Variables as Record<string, unknown>;
      const usesTable = hasGrant(spec, 'table:read') || hasGrant(spec, 'table:write') || hasGrant(spec, 'table:idempotency') || rateLimitedFunctions().has(name);
      expect(variables[ENV.tableName]).toEqual(usesTable ? ref(built.stack.table) : undefined);
      expect(variables[ENV.eventBusName]).toEqual(hasGrant(spec, 'events:publish') || hasGrant(spec, 'webhooks:provision') ? ref(built.stack.eventBus) : undefined);
      expect(variables[ENV.webhookDeliveryRoleArn] !== undefined, ENV.webhookDeliveryRoleArn).toBe(hasGrant(spec, 'webhooks:provision'));
      expect(variables[ENV.webhookDeadLetterQueueArn] !== undefined, ENV.webhookDeadLetterQueueArn).toBe(hasGrant(spec, 'webhooks:provision'));
      expect(variables[ENV.webhookDeadLetterQueueUrl] !== undefined, ENV.webhookDeadLetterQueueUrl).toBe(hasGrant(spec, 'webhooks:dead-letters'));
      // The local stack's flag for http://127.0.0.1 webhooks: never in AWS.
      expect(variables[ENV.webhookAllowLoopbackHttp]).toBeUndefined();
      expect(variables[ENV.mailFrom]).toEqual(hasGrant(spec, 'mail:send') ? built.config.mailFrom : undefined);
      expect(variables[ENV.secretariatEmail]).toEqual(hasGrant(spec, 'mail:send') || spec.mailsSecretariat ? built.config.secretariatEmail : undefined);
      const usesUploads = hasGrant(spec, 'uploads:put') || hasGrant(spec, 'uploads:read') || hasGrant(spec, 'exports:write');
      expect(variables[ENV.uploadBucket]).toEqual(usesUploads ? ref(built.stack.uploads) : undefined);
      expect(variables[ENV.sesConfigurationSet]).toEqual(hasGrant(spec, 'mail:send') ? `${built.stack.stackName}-mail` : undefined);
      expect(variables[ENV.reminderLadder]).toBeUndefined();
      expect(variables[ENV.rateLimits]).toBeUndefined();
      const writesAudit = hasGrant(spec, 'table:write') || hasGrant(spec, 'audit:write');
      expect(variables[ENV.auditTableName]).toEqual(writesAudit || hasGrant(spec, 'audit:read') ? ref(built.stack.auditTable) : undefined);
      expect(variables[ENV.auditRetentionYears]).toEqual(writesAudit ? String(DEFAULT_AUDIT_RETENTION_YEARS) : undefined);
      expect(variables[ENV.userPoolId] !== undefined, ENV.userPoolId).toBe(hasGrant(spec, 'people:manage'));
    });

    it('has the reserved concurrency of the routing table (none: the shared pool)', () => {
      expect(lambdaOf(name).Properties.ReservedConcurrentExecutions).toBe(spec.reservedConcurrency);
    });

    it('counts its callers on the rate-limit counters, and nowhere else, exactly when it serves a route behind the JWT authorizer', () => {
      const counting = statementsOf(name).filter((s) => s.Sid === 'RateLimitCountersOnly');
      if (rateLimitedFunctions().has(name)) {
        expect(counting).toEqual([
          {
            Sid: 'RateLimitCountersOnly',
            Effect: 'Allow',
            Action: 'dynamodb:UpdateItem',
            Resource: getAtt(built.stack.table, 'Arn'),
            Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${RATE_LIMIT_PREFIX}*`] } },
          },
        ]);
      } else {
        expect(counting).toEqual([]);
      }
    });

    it('has an execution role without AWS managed policies, whose only "*" resource is X-Ray', () => {
      const role = resourceOf(built.template, fn(name).executionRole);
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      const wildcard = statementsOf(name).filter((s) => resourcesOf(s).includes('*'));
      expect(actionsOf(wildcard)).toEqual(new Set(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
    });

    it('may read the table (and its indexes) exactly when granted table:read', () => {
      const statements = statementsOf(name).filter(onProgrammeTable);
      const queries = statementsWithAction(statements, 'dynamodb:Query');
      if (hasGrant(spec, 'table:read')) {
        expect(queries).toHaveLength(1);
        expect(resourcesOf(queries[0]!)).toEqual([
          getAtt(built.stack.table, 'Arn'),
          { 'Fn::Join': ['', [getAtt(built.stack.table, 'Arn'), '/index/*']] },
        ]);
        expect(actionsOf(queries)).toContain('dynamodb:GetItem');
      } else {
        expect(queries).toEqual([]);
        expect(statementsWithAction(statements, 'dynamodb:Scan')).toEqual([]);
        expect(statementsWithAction(statements, 'dynamodb:BatchGetItem')).toEqual([]);
      }
    });

    it('may write anywhere in the table exactly when granted table:write', () => {
      const unconditionedPuts = statementsWithAction(statementsOf(name).filter(onProgrammeTable), 'dynamodb:PutItem').filter((s) => !s.Condition);
      expect(unconditionedPuts.length > 0).toBe(hasGrant(spec, 'table:write'));
      expect(statementsWithAction(statementsOf(name), 'dynamodb:BatchWriteItem').length > 0).toBe(
        hasGrant(spec, 'table:write'),
      );
    });

    it('may keep idempotency records, in its own idempotency partition only, when granted table:idempotency', () => {
      const scoped = statementsOf(name).filter((s) => s.Condition !== undefined && actionsOf([s]).has('dynamodb:PutItem'));
      if (hasGrant(spec, 'table:idempotency')) {
        expect(scoped).toHaveLength(1);
        expect(scoped[0]).toMatchObject({
          Resource: getAtt(built.stack.table, 'Arn'),
          Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [idempotencyPartition(name)] } },
        });
        expect(actionsOf(scoped)).toEqual(new Set(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']));
      } else {
        expect(scoped).toEqual([]);
      }
    });

    it('may publish to the programme bus exactly when granted events:publish', () => {
      const puts = statementsWithAction(statementsOf(name), 'events:PutEvents');
      if (hasGrant(spec, 'events:publish')) {
        expect(puts.flatMap(resourcesOf)).toEqual([getAtt(built.stack.eventBus, 'Arn')]);
      } else {
        expect(puts).toEqual([]);
      }
    });

    it('may send email, as the configured SES identity only, exactly when granted mail:send', () => {
      const statements = statementsOf(name);
      const sends = [...statementsWithAction(statements, 'ses:SendEmail'), ...statementsWithAction(statements, 'ses:SendRawEmail')];
      if (hasGrant(spec, 'mail:send')) {
        const resources = [...new Set(sends.flatMap(resourcesOf).map((r) => JSON.stringify(built.stack.resolve(r))))];
        expect(resources).toEqual([JSON.stringify(identityArn(built.config.sesIdentity)), JSON.stringify(configurationSetArn(`${built.stack.stackName}-mail`))]);
      } else {
        expect(sends).toEqual([]);
        expect([...actionsOf(statements)].filter((a) => a.startsWith('ses:'))).toEqual([]);
      }
    });

    it('may create, disable and sign out the user pool’s users, on that pool only, exactly when granted people:manage', () => {
      const statements = statementsOf(name);
      const cognito = [...actionsOf(statements)].filter((a) => a.startsWith('cognito-idp:')).sort();
      if (hasGrant(spec, 'people:manage')) {
        expect(cognito).toEqual(
          ['AdminAddUserToGroup', 'AdminCreateUser', 'AdminDisableUser', 'AdminGetUser', 'AdminSetUserPassword', 'AdminUserGlobalSignOut'].map((a) => `cognito-idp:${a}`),
        );
        for (const statement of statements.filter((st) => [...actionsOf([st])].some((a) => a.startsWith('cognito-idp:')))) {
          const resources = resourcesOf(statement);
          expect(resources).toHaveLength(1);
          expect(JSON.stringify(resources[0])).not.toContain('*');
        }
      } else {
        expect(cognito).toEqual([]);
      }
    });

    it('may put upload objects exactly when granted uploads:put, read them exactly when granted uploads:read, write and read export files exactly when granted exports:write, and nothing else in S3', () => {
      const statements = statementsOf(name);
      const under = (prefix: string) => ({ 'Fn::Join': ['', [getAtt(built.stack.uploads, 'Arn'), `/${prefix}*`]] });
      const s3Statements = statements.filter((st) => [...actionsOf([st])].some((a) => a.startsWith('s3:')));
      const onUploads = s3Statements.filter((st) => JSON.stringify(resourcesOf(st)) === JSON.stringify([under(UPLOAD_OBJECT_PREFIX)]));
      const onExports = s3Statements.filter((st) => JSON.stringify(resourcesOf(st)) === JSON.stringify([under(EXPORT_OBJECT_PREFIX)]));
      expect(onUploads.length + onExports.length).toBe(s3Statements.length);
      expect([...actionsOf(onUploads)].sort()).toEqual([...(hasGrant(spec, 'uploads:read') ? ['s3:GetObject'] : []), ...(hasGrant(spec, 'uploads:put') ? ['s3:PutObject'] : [])]);
      expect([...actionsOf(onExports)].sort()).toEqual(hasGrant(spec, 'exports:write') ? ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'] : []);
    });
  });

  it('reserves concurrency for the heavy functions: uploads, the bulk upload, the daily sweeps, the invitations fan-out, exports and the webhooks’ dead-letter reader', () => {
    // recordFailedWebhookDeliveries: one reader of the webhooks' dead-letter queue at a time.
    // sendDailyMailDigests: a daily sweep over every held optional mail, one at a time (its digests are once per address and day regardless).
    // runUploadReminders, runGatheringReminders, runSignatureSweep: one daily run at a time (overlapping runs are safe, but pointless).
    const heavy = ['uploadAbsenceFigures', 'uploadBulkAbsenceFigures', 'runReportSweep', 'sendDailyApplicationDigest', 'sendDailyMailDigests', 'sendCohortInvitations', 'recomputeTargetStatus', 'exportData', 'runUploadReminders', 'recordFailedWebhookDeliveries', 'runGatheringReminders', 'runSignatureSweep'] as const;
    for (const name of heavy) expect(lambdaOf(name).Properties.ReservedConcurrentExecutions, name).toBeGreaterThan(0);
    // And only they: a new reservation takes from the account's unreserved pool, so it is a decision recorded here.
    const reserved = functionEntries.filter(([, spec]) => spec.reservedConcurrency !== undefined).map(([name]) => name);
    expect(reserved.sort()).toEqual([...heavy].sort());
  });

  it('getOpenApiDocument has no DynamoDB, EventBridge or SES permissions at all', () => {
    const actions = [...actionsOf(statementsOf('getOpenApiDocument'))];
    expect(actions.filter((a) => /^(dynamodb|events|ses):/.test(a))).toEqual([]);
  });

  it('publishOutboxEvents may put events and read the stream, but not touch table items', () => {
    const actions = actionsOf(statementsOf('publishOutboxEvents'));
    expect(actions).toContain('events:PutEvents');
    for (const forbidden of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query']) {
      expect(actions).not.toContain(forbidden);
    }
    const streamReads = statementsWithAction(statementsOf('publishOutboxEvents'), 'dynamodb:GetRecords');
    expect(streamReads.flatMap(resourcesOf)).toEqual([getAtt(built.stack.table, 'StreamArn')]);
  });

  it('bundles every function as one self-contained ES module (the AWS SDK included) that loads under Node.js 24', () => {
    const bundles = functionEntries.map(([name]) => {
      const s3Key = lambdaOf(name).Properties.Code.S3Key as string;
      const file = path.join(built.app.outdir, `asset.${s3Key.replace(/\.zip$/, '')}`, 'index.mjs');
      expect(existsSync(file), `${name}: ${file}`).toBe(true);
      const code = readFileSync(file, 'utf8');
      expect(code.startsWith(ESM_REQUIRE_BANNER), `${name} starts with the createRequire banner`).toBe(true);
      expect(code).not.toContain('#shared/');
      // Nothing is left to the runtime: no package import survives bundling.
      expect(code, name).not.toMatch(/from\s*"@aws-sdk\//);
      expect(existsSync(`${file}.map`)).toBe(true);
      return { name, url: pathToFileURL(file).href };
    });

    // Module-level code reads its configuration, as it would in Lambda; the bundles sit outside
    // the repository, so a module they failed to include could not be found.
    const script = `
      const results = {};
      for (const { name, url } of ${JSON.stringify(bundles)}) {
        try { results[name] = typeof (await import(url)).handler; } catch (error) { results[name] = String(error); }
      }
      console.log(JSON.stringify(results));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-north-1',
        [ENV.tableName]: 'table',
        [ENV.eventBusName]: 'bus',
        [ENV.mailFrom]: 'Test <test@example.org>',
        [ENV.secretariatEmail]: 'secretariat@example.org',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(JSON.parse(output)).toEqual(Object.fromEntries(functionEntries.map(([name]) => [name, 'function'])));
  });
});

describe('people API (one route per routing-table entry)', () => {
  const authorizerId = () => logicalIdOf(built.stack.httpApi.api.node.findChild('JwtAuthorizer'));
  const peopleRoutes = () => routesOfApi(built.stack.httpApi.api);

  it('has exactly the routes of the routing table, and $default', () => {
    const routeKeys = peopleRoutes().map(([, r]) => r.Properties.RouteKey);
    expect(routeKeys.sort()).toEqual([...routes.map((r) => `${r.method} ${r.path}`), '$default'].sort());
  });

  it(`sends what no route matches to ${unmatchedRouteFunction}, without the authorizer (an unknown path is 404 with or without a token)`, () => {
    const [, route] = peopleRoutes().find(([, r]) => r.Properties.RouteKey === '$default')!;
    expect(route.Properties.AuthorizerId).toBeUndefined();
    expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    const target = route.Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
    const integration = built.template.toJSON().Resources[target['Fn::Join'][1][1].Ref] as CfnResourceJson;
    expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0', IntegrationUri: getAtt(fn(unmatchedRouteFunction), 'Arn') });
  });

  describe.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (routeKey, route) => {
    const routeResource = () => peopleRoutes().find(([, r]) => r.Properties.RouteKey === routeKey)![1];

    it(route.access === 'public' ? 'is public: no authorizer' : `requires a verified JWT (${[route.access].flat().join(', ')})`, () => {
      const { Properties } = routeResource();
      if (route.access === 'public') {
        expect(Properties.AuthorizerId).toBeUndefined();
        expect(Properties.AuthorizationType ?? 'NONE').toBe('NONE');
      } else {
        expect(Properties.AuthorizationType).toBe('JWT');
        expect(Properties.AuthorizerId).toEqual({ Ref: authorizerId() });
      }
    });

    it(`is served by ${route.function} through a payload v2 Lambda integration`, () => {
      const target = routeResource().Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
      const integrationId = target['Fn::Join'][1][1].Ref;
      const integration = built.template.toJSON().Resources[integrationId] as CfnResourceJson;
      expect(integration.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: getAtt(fn(route.function), 'Arn'),
      });
    });

    it(`gives up after ${HTTP_INTEGRATION_TIMEOUT_SECONDS} s, at least ${HTTP_TIMEOUT_MARGIN_SECONDS} s after ${route.function} has timed out`, () => {
      const target = routeResource().Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
      const integration = built.template.toJSON().Resources[target['Fn::Join'][1][1].Ref] as CfnResourceJson;
      expect(integration.Properties.TimeoutInMillis).toBe(HTTP_INTEGRATION_TIMEOUT_SECONDS * 1000);
      expect(lambdaOf(route.function).Properties.Timeout).toBeLessThanOrEqual(HTTP_INTEGRATION_TIMEOUT_SECONDS - HTTP_TIMEOUT_MARGIN_SECONDS);
    });
  });

  it('trusts the Cognito user pool and its app client by default', () => {
    const authorizer = built.template.toJSON().Resources[authorizerId()] as CfnResourceJson;
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: getAtt(built.stack.userPool.userPool, 'ProviderURL'),
        Audience: [ref(built.stack.userPool.client)],
      },
    });
  });

  it('logs every request to its access log group and throttles the stage', () => {
    built.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: getAtt(built.stack.httpApi.accessLogs, 'Arn'),
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
    });
  });
});

describe('machine API (Maskinporten, the same functions)', () => {
  const machineRoutes = () => routesOfApi(built.stack.machineApi.api);
  const authorizerId = () => logicalIdOf(built.stack.machineApi.api.node.findChild('JwtAuthorizer'));
  const nonPublic = routes.filter((r) => r.access !== 'public');

  it('is an API of its own, with a stage and access logs of its own', () => {
    expect(resourcesOfType(built.template, 'AWS::ApiGatewayV2::Api')).toHaveLength(2);
    expect(logicalIdOf(built.stack.machineApi.api)).not.toBe(logicalIdOf(built.stack.httpApi.api));
    built.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: ref(built.stack.machineApi.api),
      AccessLogSettings: { DestinationArn: getAtt(built.stack.machineApi.accessLogs, 'Arn') },
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
    });
  });

  it('has every route that is not public, and $default; no public route', () => {
    const keys = machineRoutes().map(([, r]) => r.Properties.RouteKey as string);
    expect(keys.sort()).toEqual([...nonPublic.map((r) => `${r.method} ${r.path}`), '$default'].sort());
  });

  it('trusts test Maskinporten and the default audience when the context names none', () => {
    const authorizer = built.template.toJSON().Resources[authorizerId()] as CfnResourceJson;
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: 'https://test.maskinporten.no/', Audience: [CONFIG_DEFAULTS.maskinportenAudience] },
    });
  });

  it('puts every route behind the Maskinporten authorizer; scopes are the functions’ to check (a refusal names them), not authorizationScopes', () => {
    const byKey = new Map(machineRoutes().map(([, r]) => [r.Properties.RouteKey as string, r]));
    const scoped = nonPublic.filter((r) => scopesOfRoute(r).length > 0);
    // The figures and the reports' reads are open to machines; the rest is not.
    expect(scoped.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /municipalities/{number}/absence-figures']));
    for (const route of nonPublic) {
      const { Properties } = byKey.get(`${route.method} ${route.path}`)!;
      expect(Properties.AuthorizationType, route.path).toBe('JWT');
      expect(Properties.AuthorizerId).toEqual({ Ref: authorizerId() });
      expect(Properties.AuthorizationScopes, `${route.method} ${route.path}`).toBeUndefined();
    }
  });

  it('serves each route by the same function as the people API', () => {
    const integrationUri = (route: CfnResourceJson) => {
      const target = route.Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
      return (built.template.toJSON().Resources[target['Fn::Join'][1][1].Ref] as CfnResourceJson).Properties.IntegrationUri;
    };
    for (const route of nonPublic) {
      const [, created] = machineRoutes().find(([, r]) => r.Properties.RouteKey === `${route.method} ${route.path}`)!;
      expect(integrationUri(created)).toEqual(getAtt(fn(route.function), 'Arn'));
    }
  });
});

describe('event pipeline (from the routing table)', () => {
  const rules = () => resourcesOfType(built.template, 'AWS::Events::Rule');

  it('has one rule per event subscription, one per AWS event subscription, one per schedule and one per upload trigger', () => {
    expect(rules()).toHaveLength(eventSubscriptions.length + awsEventSubscriptions.length + scheduleSpecs.length + uploadTriggers.length);
  });

  describe.each(uploadTriggers.map((t) => [`${t.prefix} -> ${t.function}`, t] as const))('upload trigger %s', (_label, trigger) => {
    it('matches S3’s Object Created events of the upload bucket under the prefix, on the default bus, and targets the function with a DLQ', () => {
      const target = fn(trigger.function);
      const matching = rules().filter(
        ([, r]) =>
          JSON.stringify(r.Properties.EventPattern) ===
          JSON.stringify({ source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [ref(built.stack.uploads)] }, object: { key: [{ prefix: trigger.prefix }] } } }),
      );
      expect(matching).toHaveLength(1);
      const [, rule] = matching[0]!;
      expect(rule.Properties.EventBusName).toBeUndefined();
      expect(rule.Properties.Targets).toEqual([
        expect.objectContaining({
          Arn: getAtt(target, 'Arn'),
          DeadLetterConfig: { Arn: getAtt(target.deadLetters!, 'Arn') },
          RetryPolicy: { MaximumRetryAttempts: expect.any(Number), MaximumEventAgeInSeconds: expect.any(Number) },
        }),
      ]);
      expect(lambdaOf(trigger.function).Properties.Timeout).toBe(900);
    });
  });

  it('sends mail with a configuration set it creates, whose bounces and complaints reach recordEmailFeedback on the default bus, with a DLQ', () => {
    const name = `${built.stack.stackName}-mail`;
    built.template.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: name });
    built.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: Match.anyValue(),
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        EventBridgeDestination: { EventBusArn: Match.anyValue() },
      },
    });
    const destinations = resourcesOfType(built.template, 'AWS::SES::ConfigurationSetEventDestination');
    expect(destinations).toHaveLength(1);
    expect(JSON.stringify(destinations[0]![1].Properties.EventDestination.EventBridgeDestination.EventBusArn)).toMatch(/:event-bus\/default"/);
    const target = fn('recordEmailFeedback');
    const matching = rules().filter(([, r]) => JSON.stringify(r.Properties.Targets?.[0]?.Arn) === JSON.stringify(getAtt(target, 'Arn')));
    expect(matching).toHaveLength(1);
    const [, rule] = matching[0]!;
    expect(rule.Properties.EventBusName).toBeUndefined();
    expect(rule.Properties.EventPattern).toEqual({
      source: [SES_EVENT_SOURCE],
      'detail-type': [...SES_FEEDBACK_DETAIL_TYPES],
      detail: { mail: { tags: { [CONFIGURATION_SET_TAG]: [name] } } },
    });
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ DeadLetterConfig: { Arn: getAtt(target.deadLetters!, 'Arn') } })]);
    built.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: functions.deliverNotification.description,
      Environment: { Variables: Match.objectLike({ [ENV.sesConfigurationSet]: name }) },
    });
  });

  describe.each(eventSubscriptions.map((s) => [`${s.event} -> ${s.function}`, s] as const))('subscription %s', (_label, subscription) => {
    it('matches the event type from the programme source on the programme bus, and targets the subscriber with a DLQ', () => {
      const target = fn(subscription.function);
      const matching = rules().filter(
        ([, r]) =>
          JSON.stringify(r.Properties.EventPattern) === JSON.stringify({ source: [EVENT_SOURCE], 'detail-type': [subscription.event] }) &&
          (r.Properties.Targets as { Arn: unknown }[]).some((t) => JSON.stringify(t.Arn) === JSON.stringify(getAtt(target, 'Arn'))),
      );
      expect(matching).toHaveLength(1);
      const [, rule] = matching[0]!;
      expect(rule.Properties.EventBusName).toEqual(ref(built.stack.eventBus));
      expect(rule.Properties.Targets).toEqual([
        expect.objectContaining({
          DeadLetterConfig: { Arn: getAtt(target.deadLetters!, 'Arn') },
          RetryPolicy: { MaximumRetryAttempts: expect.any(Number), MaximumEventAgeInSeconds: expect.any(Number) },
        }),
      ]);
    });
  });

  describe.each(scheduleSpecs.map((s) => [s.name, s] as const))('schedule %s', (_name, schedule) => {
    it('runs its function on the cron of the routing table (UTC), with a DLQ', () => {
      const { minute, hour, weekDay } = schedule.cron;
      const expression = `cron(${minute} ${hour} ${weekDay ? '?' : '*'} * ${weekDay ?? '?'} *)`;
      const target = getAtt(fn(schedule.function), 'Arn');
      const matching = rules().filter(
        ([, r]) => r.Properties.ScheduleExpression === expression && JSON.stringify(r.Properties.Targets?.[0]?.Arn) === JSON.stringify(target),
      );
      expect(matching).toHaveLength(1);
      const [, rule] = matching[0]!;
      expect(rule.Properties.EventBusName).toBeUndefined();
      expect(rule.Properties.Targets).toEqual([
        expect.objectContaining({
          Arn: getAtt(fn(schedule.function), 'Arn'),
          DeadLetterConfig: { Arn: getAtt(fn(schedule.function).deadLetters!, 'Arn') },
          RetryPolicy: expect.any(Object),
        }),
      ]);
    });
  });

  it('lets EventBridge invoke each target function, scoped to its rule', () => {
    const permissions = resourcesOfType(built.template, 'AWS::Lambda::Permission').filter(
      ([, p]) => p.Properties.Principal === 'events.amazonaws.com',
    );
    expect(permissions).toHaveLength(eventSubscriptions.length + awsEventSubscriptions.length + scheduleSpecs.length + uploadTriggers.length);
    for (const [, permission] of permissions) expect(permission.Properties.SourceArn).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
  });

  it('retries failed asynchronous invocations, then dead-letters them', () => {
    for (const name of asynchronouslyInvoked()) {
      expect(lambdaOf(name).Properties.DeadLetterConfig).toEqual({ TargetArn: getAtt(fn(name).deadLetters!, 'Arn') });
      built.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: ref(fn(name)),
        MaximumRetryAttempts: Match.anyValue(),
        MaximumEventAgeInSeconds: Match.anyValue(),
      });
    }
    const synchronous = functionEntries.map(([name]) => name).filter((name) => !asynchronouslyInvoked().has(name));
    for (const name of synchronous) expect(lambdaOf(name).Properties.DeadLetterConfig).toBeUndefined();
  });

  it('feeds only outbox inserts from the table stream to the stream consumer, with an on-failure queue', () => {
    const mappings = resourcesOfType(built.template, 'AWS::Lambda::EventSourceMapping');
    expect(mappings).toHaveLength(1);
    const [, mapping] = mappings[0]!;
    expect(mapping.Properties).toMatchObject({
      FunctionName: ref(fn(streamConsumer)),
      EventSourceArn: getAtt(built.stack.table, 'StreamArn'),
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: expect.any(Number),
      MaximumRecordAgeInSeconds: expect.any(Number),
      DestinationConfig: { OnFailure: { Destination: getAtt(built.stack.eventPipeline.streamFailures, 'Arn') } },
    });
    const filters = mapping.Properties.FilterCriteria.Filters as { Pattern: string }[];
    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { [tableDesign.partitionKey]: { S: [{ prefix: OUTBOX_PREFIX }] } } } },
    ]);
  });
});

describe('upload bucket', () => {
  it('is the only bucket: private, encrypted, its objects expiring, its events sent to EventBridge', () => {
    const buckets = resourcesOfType(built.template, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(1);
    const [, bucket] = buckets[0]!;
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ Prefix: UPLOAD_OBJECT_PREFIX, ExpirationInDays: UPLOAD_OBJECT_DAYS, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
      expect.objectContaining({ Prefix: EXPORT_OBJECT_PREFIX, ExpirationInDays: EXPORT_OBJECT_DAYS, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
    ]);
    expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it('refuses every request without TLS', () => {
    built.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: ref(built.stack.uploads),
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Principal: { AWS: '*' } })]),
      },
    });
  });
});

describe('dead-letter queues and alarms', () => {
  const queues = () => resourcesOfType(built.template, 'AWS::SQS::Queue');
  const alarms = () => resourcesOfType(built.template, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);

  it('has one queue per asynchronously invoked function plus the stream on-failure queue and the webhooks’ dead-letter queue, all of them dead-letter queues', () => {
    expect(queues()).toHaveLength(asynchronouslyInvoked().size + 2);
    const template = JSON.stringify(built.template.toJSON().Resources);
    // The webhooks' rules are made at run time (their DeadLetterConfig names it through WEBHOOK_DEAD_LETTER_QUEUE_ARN).
    const webhookQueue = logicalIdOf(built.stack.webhooks.deadLetters);
    for (const [id] of queues().filter(([id]) => id !== webhookQueue)) {
      const uses = [`"DeadLetterConfig":{"TargetArn":{"Fn::GetAtt":["${id}","Arn"]}}`, `"DeadLetterConfig":{"Arn":{"Fn::GetAtt":["${id}","Arn"]}}`, `"Destination":{"Fn::GetAtt":["${id}","Arn"]}`];
      expect(uses.some((use) => template.includes(use)), `${id} is used as a dead-letter queue`).toBe(true);
    }
  });

  it('encrypts every queue and refuses requests without TLS', () => {
    for (const [id, queue] of queues()) {
      expect(queue.Properties.SqsManagedSseEnabled ?? queue.Properties.KmsMasterKeyId).toBeTruthy();
      const policies = resourcesOfType(built.template, 'AWS::SQS::QueuePolicy').filter(([, p]) =>
        (p.Properties.Queues as unknown[]).some((q) => JSON.stringify(q) === JSON.stringify({ Ref: id })),
      );
      expect(policies).toHaveLength(1);
      expect(policies[0]![1].Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('alarms on the first message in every dead-letter queue', () => {
    for (const [id] of queues()) {
      expect(alarms()).toContainEqual(
        expect.objectContaining({
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
        }),
      );
    }
  });

  it('alarms on errors of every function', () => {
    for (const [name] of functionEntries) {
      expect(alarms()).toContainEqual(
        expect.objectContaining({
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: ref(fn(name)) }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
        }),
      );
    }
  });
});

describe('Cognito user pool (default authentication)', () => {
  it('has a group per programme role', () => {
    const groups = resourcesOfType(built.template, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...ROLES].sort());
  });

  it('admin-created accounts only, a strong password policy, MFA and threat protection', () => {
    built.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      UserPoolTier: 'PLUS',
      Policies: {
        PasswordPolicy: Match.objectLike({ RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true }),
      },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'municipality', AttributeDataType: 'String', Mutable: true })]),
    });
    const [, pool] = resourcesOfType(built.template, 'AWS::Cognito::UserPool')[0]!;
    expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
  });

  it('lets the app client read the municipality attribute but never write it', () => {
    const [, client] = resourcesOfType(built.template, 'AWS::Cognito::UserPoolClient')[0]!;
    expect(client.Properties.ReadAttributes).toContain('custom:municipality');
    expect(client.Properties.WriteAttributes).not.toContain('custom:municipality');
    expect(client.Properties.GenerateSecret).toBe(false);
  });
});

describe('outputs', () => {
  it('exports both API URLs, event bus, table, audit table, user pool and the Maskinporten trust', () => {
    const outputs = Object.keys(built.template.toJSON().Outputs as object);
    expect(outputs).toEqual(expect.arrayContaining(['ApiUrl', 'MachineApiUrl', 'EventBusName', 'TableName', 'AuditTableName', 'UserPoolId', 'UserPoolClientId', 'JwtIssuer', 'MaskinportenIssuer', 'MaskinportenAudience']));
  });
});

/** The routes of one of the two HTTP APIs. */
function routesOfApi(api: Parameters<typeof ref>[0]): [string, CfnResourceJson][] {
  return resourcesOfType(built.template, 'AWS::ApiGatewayV2::Route').filter(([, r]) => JSON.stringify(r.Properties.ApiId) === JSON.stringify(ref(api)));
}

/** The SES configuration set ARN, the same way. */
function configurationSetArn(name: string) {
  return {
    'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:configuration-set/${name}`]],
  };
}

/** The SES identity ARN, as the stack spells it in the environment-agnostic template. */
function identityArn(identity: string) {
  return {
    'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:identity/${identity}`]],
  };
}
