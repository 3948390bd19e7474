/**
 * The stack with deployment options from context: production Maskinporten and our audience,
 * an SES configuration set, an SNS topic for alarms, a reminder ladder and rate limits of its own. Not bundled: only the template matters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functions, httpRoutes, type FunctionName, type FunctionSpec } from '#shared/routing.ts';
import { hasGrant } from './support/routing.ts';
import { buildProgramme, removeAssembly, type BuiltProgramme } from './support/programme-app.ts';
import { logicalIdOf, resourcesOfType, statementsOfRole, statementsWithAction } from './support/template.ts';

const context = {
  mailFrom: 'Kvalitetskommuneprogrammet <post@kvalitetskommune.example>',
  secretariatEmail: 'sekretariatet@kvalitetskommune.example',
  sesConfigurationSet: 'programme-mail',
  maskinportenIssuer: 'https://maskinporten.no/',
  maskinportenAudience: 'https://api.kvalitetskommune.no/,https://api.kvalitetskommune.no/v1',
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

describe('with production Maskinporten', () => {
  it('keeps the Cognito user pool for people, and outputs what the machine API trusts', () => {
    expect(resourcesOfType(built.template, 'AWS::Cognito::UserPool')).toHaveLength(1);
    const outputs = built.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.MaskinportenIssuer?.Value).toBe(context.maskinportenIssuer);
    expect(outputs.MaskinportenAudience?.Value).toBe(context.maskinportenAudience);
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['ApiUrl', 'MachineApiUrl', 'UserPoolId']));
  });

  it("has the machine API's authorizer trust that issuer and audience, and the people API's the user pool", () => {
    const authorizers = resourcesOfType(built.template, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(2);
    built.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      ApiId: { Ref: logicalIdOf(built.stack.machineApi.api) },
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://maskinporten.no/', Audience: ['https://api.kvalitetskommune.no/', 'https://api.kvalitetskommune.no/v1'] },
    });
    const people = authorizers.find(([, a]) => JSON.stringify(a.Properties.ApiId) === JSON.stringify({ Ref: logicalIdOf(built.stack.httpApi.api) }))!;
    expect(JSON.stringify(people[1].Properties.JwtConfiguration.Issuer)).not.toContain('maskinporten');
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
