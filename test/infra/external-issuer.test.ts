/**
 * The stack with deployment options from context: an external OIDC issuer instead of Cognito,
 * an SES configuration set, an SNS topic for alarms, a reminder ladder and rate limits of its own. Not bundled: only the template matters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functions, httpRoutes, type FunctionName, type FunctionSpec } from '#shared/routing.ts';
import { hasGrant } from './support/routing.ts';
import { buildProgramme, removeAssembly, type BuiltProgramme } from './support/programme-app.ts';
import { resourcesOfType, statementsOfRole, statementsWithAction } from './support/template.ts';

const context = {
  mailFrom: 'Kvalitetskommuneprogrammet <post@kvalitetskommune.example>',
  secretariatEmail: 'sekretariatet@kvalitetskommune.example',
  sesConfigurationSet: 'programme-mail',
  jwtIssuer: 'https://maskinporten.example/',
  jwtAudience: 'kvalitetskommune-api,kvalitetskommune-admin',
  alarmTopicArn: 'arn:aws:sns:eu-north-1:123456789012:programme-alarms',
  reminderLadder: { steps: [{ id: 'before-7', daysFromDue: -7, notify: ['project-leader'] }, { id: 'after-14', daysFromDue: 14, notify: ['project-leader', 'advisor'] }] },
  rateLimits: JSON.stringify({ enabled: true, windowSeconds: 300, storeTimeoutMs: 500, classes: { standard: { requestsPerWindow: 900 }, upload: { requestsPerWindow: 10 } } }),
  mailCaps: { targetStatusNotice: { perMunicipalityPerDay: 2 } },
};

let built: BuiltProgramme;

beforeAll(() => {
  built = buildProgramme({ context });
});

afterAll(() => removeAssembly(built));

describe('with an external JWT issuer', () => {
  it('creates no Cognito resources and no user pool outputs', () => {
    expect(resourcesOfType(built.template, 'AWS::Cognito::UserPool')).toEqual([]);
    expect(resourcesOfType(built.template, 'AWS::Cognito::UserPoolClient')).toEqual([]);
    const outputs = built.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs)).not.toContain('UserPoolId');
    expect(Object.keys(outputs)).not.toContain('UserPoolClientId');
    expect(outputs.JwtIssuer?.Value).toBe(context.jwtIssuer);
  });

  it('has the JWT authorizer trust that issuer and audience', () => {
    built.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: context.jwtIssuer, Audience: ['kvalitetskommune-api', 'kvalitetskommune-admin'] },
    });
  });
});

describe('with SES settings', () => {
  const senders = (Object.entries(functions) as [FunctionName, FunctionSpec][]).filter(([, spec]) =>
    hasGrant(spec, 'mail:send'),
  );

  it('scopes sending to the identity from mailFrom and the configuration set', () => {
    expect(senders.length).toBeGreaterThan(0);
    for (const [name] of senders) {
      const statements = statementsWithAction(statementsOfRole(built.template, built.stack.functions.get(name).executionRole), 'ses:SendEmail');
      const resources = JSON.stringify(built.stack.resolve(statements.flatMap((s) => s.Resource)));
      expect(resources).toContain(':identity/kvalitetskommune.example');
      expect(resources).toContain(':configuration-set/programme-mail');
      expect(resources).not.toContain('"*"');
    }
  });

  it('gives the senders the configured From header and secretariat address', () => {
    for (const [name] of senders) {
      built.template.hasResourceProperties('AWS::Lambda::Function', {
        Description: functions[name].description,
        Environment: { Variables: { MAIL_FROM: context.mailFrom, SECRETARIAT_EMAIL: context.secretariatEmail } },
      });
    }
  });
});

describe('with an alarm topic', () => {
  it('notifies the topic from every alarm', () => {
    const alarms = resourcesOfType(built.template, 'AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThan(0);
    for (const [, alarm] of alarms) expect(alarm.Properties.AlarmActions).toEqual([context.alarmTopicArn]);
  });
});

describe('with a reminder ladder of its own', () => {
  it('gives it to the daily sweep, and to no other function', () => {
    const withLadder = resourcesOfType(built.template, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties.Environment?.Variables?.REMINDER_LADDER !== undefined);
    expect(withLadder.map(([, fn]) => fn.Properties.Description)).toEqual([functions.runReportSweep.description]);
    expect(JSON.parse(withLadder[0]![1].Properties.Environment.Variables.REMINDER_LADDER)).toEqual(context.reminderLadder);
  });

  it('gives the status notice function the configured mail caps, and no other', () => {
    const withCaps = resourcesOfType(built.template, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties.Environment?.Variables?.MAIL_CAPS !== undefined);
    expect(withCaps.map(([, fn]) => fn.Properties.Description)).toEqual([functions.sendTargetStatusNotice.description]);
    for (const [, fn] of withCaps) expect(JSON.parse(fn.Properties.Environment.Variables.MAIL_CAPS)).toEqual(context.mailCaps);
  });
});

describe('with rate limits of its own', () => {
  it('gives them to every function behind the JWT authorizer, and to no other function', () => {
    const withLimits = resourcesOfType(built.template, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties.Environment?.Variables?.RATE_LIMITS !== undefined);
    const authenticated = new Set(httpRoutes.filter((r) => r.access !== 'public').map((r) => functions[r.function].description));
    expect(withLimits.map(([, fn]) => fn.Properties.Description as string).sort()).toEqual([...authenticated].sort());
    for (const [, fn] of withLimits) expect(JSON.parse(fn.Properties.Environment.Variables.RATE_LIMITS)).toEqual(JSON.parse(context.rateLimits));
  });
});
