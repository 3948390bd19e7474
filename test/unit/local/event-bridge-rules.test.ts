/**
 * The local stand-in for EventBridge's connections, API destinations and rules answers as
 * EventBridge does where the provisioning relies on it: a second create is
 * ResourceAlreadyExistsException, a missing resource ResourceNotFoundException, a rule with
 * targets cannot be deleted, a connection in use cannot be deleted, an API destination target
 * needs a role; and a rule delivers only the events its pattern matches.
 */
import { describe, expect, it } from 'vitest';
import { atPath, EventBridgeError, LocalEventBridgeRules, matches } from '../../../local/event-bridge-rules.ts';

const errorOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(EventBridgeError);
    return (error as EventBridgeError).type;
  }
  throw new Error('No error');
};

function provisioned() {
  const rules = new LocalEventBridgeRules();
  const { ConnectionArn } = rules.handle('CreateConnection', { Name: 'c', AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'x-key', ApiKeyValue: 'v' } } }) as { ConnectionArn: string };
  const { ApiDestinationArn } = rules.handle('CreateApiDestination', { Name: 'c', ConnectionArn, InvocationEndpoint: 'https://hr.example.no/hooks', HttpMethod: 'POST' }) as { ApiDestinationArn: string };
  rules.handle('PutRule', { Name: 'c', EventBusName: 'bus', EventPattern: JSON.stringify({ source: ['s'], detail: { data: { registrationId: ['r1'] } } }) });
  rules.handle('PutTargets', { Rule: 'c', EventBusName: 'bus', Targets: [{ Id: 't', Arn: ApiDestinationArn, RoleArn: 'arn:aws:iam::0:role/r', InputPath: '$.detail.data.payload' }] });
  return { rules, ApiDestinationArn };
}

describe('the local EventBridge rules', () => {
  it('answers EventBridge’s errors for repeats, missing resources and resources in use', () => {
    const { rules, ApiDestinationArn } = provisioned();
    expect(errorOf(() => rules.handle('CreateConnection', { Name: 'c', AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'k', ApiKeyValue: 'v' } } }))).toBe('ResourceAlreadyExistsException');
    expect(errorOf(() => rules.handle('DescribeConnection', { Name: 'nope' }))).toBe('ResourceNotFoundException');
    expect(errorOf(() => rules.handle('DeleteRule', { Name: 'c', EventBusName: 'bus' }))).toBe('ValidationException');
    expect(errorOf(() => rules.handle('DeleteConnection', { Name: 'c' }))).toBe('ConcurrentModificationException');
    expect(errorOf(() => rules.handle('PutTargets', { Rule: 'c', EventBusName: 'bus', Targets: [{ Id: 't2', Arn: ApiDestinationArn }] }))).toBe('ValidationException');
    expect(errorOf(() => rules.handle('CreateApiDestination', { Name: 'd', ConnectionArn: 'arn:nope', InvocationEndpoint: 'https://x.example.no/' }))).toBe('ResourceNotFoundException');
    rules.handle('RemoveTargets', { Rule: 'c', EventBusName: 'bus', Ids: ['t'] });
    rules.handle('DeleteRule', { Name: 'c', EventBusName: 'bus' });
    rules.handle('DeleteApiDestination', { Name: 'c' });
    rules.handle('DeleteConnection', { Name: 'c' });
    expect(rules.ruleNames).toEqual([]);
  });

  it('refuses an endpoint that is neither https nor loopback http', () => {
    const rules = new LocalEventBridgeRules();
    const { ConnectionArn } = rules.handle('CreateConnection', { Name: 'c', AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'k', ApiKeyValue: 'v' } } }) as { ConnectionArn: string };
    expect(errorOf(() => rules.handle('CreateApiDestination', { Name: 'd', ConnectionArn, InvocationEndpoint: 'http://hr.example.no/' }))).toBe('ValidationException');
    expect(() => rules.handle('CreateApiDestination', { Name: 'd', ConnectionArn, InvocationEndpoint: 'http://127.0.0.1:4000/' })).not.toThrow();
  });

  it('matches only the events its pattern names, on its bus', () => {
    const { rules } = provisioned();
    const event = (registrationId: string) => ({ source: 's', detail: { data: { registrationId, payload: { a: 1 } } } });
    expect(rules.targetsFor('bus', event('r1'))).toHaveLength(1);
    expect(rules.targetsFor('bus', event('r2'))).toHaveLength(0);
    expect(rules.targetsFor('other', event('r1'))).toHaveLength(0);
    expect(matches({ source: ['s'] }, { source: 't' })).toBe(false);
    expect(atPath(event('r1'), '$.detail.data.payload')).toEqual({ a: 1 });
    expect(atPath(event('r1'), '$.detail.missing.x')).toBeUndefined();
  });
});
