/**
 * People's logins in Cognito: the user an invitation creates (in its group, with the
 * `custom:municipality` attribute that only administrators can write), and the user a
 * deactivation disables and signs out. The same SDK calls reach Cognito in AWS and the local
 * stand-in (local/aws-emulator.ts) on a developer machine, through AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER.
 */
import { randomBytes } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UsernameExistsException,
  UserNotFoundException,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { config } from '../platform/config.ts';
import { cognitoGroupOf, type Person } from './model.ts';

/** The Cognito attribute of a municipality's people (infra/constructs/auth.ts MUNICIPALITY_ATTRIBUTE). */
export const MUNICIPALITY_ATTRIBUTE = 'custom:municipality';

export class CognitoLogins {
  readonly #client: CognitoIdentityProviderClient;
  readonly #userPoolId: string;

  constructor(client: CognitoIdentityProviderClient, userPoolId: string) {
    this.#client = client;
    this.#userPoolId = userPoolId;
  }

  /**
   * The person's Cognito user, created if it does not exist (a redelivered invitation finds the
   * one it made before): its subject. Cognito sends nothing itself (SUPPRESS): the invitation is
   * the programme's own letter, in the municipality's written standard. The user gets a random
   * password nobody knows and a verified address, so its owner signs in by choosing a password
   * of their own ("Forgot password"), then sets up the second factor.
   */
  async ensureUser(person: Person): Promise<string> {
    const username = person.email.trim().toLowerCase();
    const attributes: AttributeType[] = [
      { Name: 'email', Value: username },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'name', Value: person.name },
      ...(person.organisation === 'secretariat' ? [] : [{ Name: MUNICIPALITY_ATTRIBUTE, Value: person.organisation }]),
    ];
    let subject: string | undefined;
    try {
      const created = await this.#client.send(new AdminCreateUserCommand({ UserPoolId: this.#userPoolId, Username: username, MessageAction: 'SUPPRESS', UserAttributes: attributes }));
      subject = created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value;
      await this.#client.send(new AdminSetUserPasswordCommand({ UserPoolId: this.#userPoolId, Username: username, Password: unknowablePassword(), Permanent: true }));
    } catch (error) {
      if (!(error instanceof UsernameExistsException)) throw error;
    }
    subject ??= (await this.#client.send(new AdminGetUserCommand({ UserPoolId: this.#userPoolId, Username: username }))).UserAttributes?.find((a) => a.Name === 'sub')?.Value;
    if (!subject) throw new Error(`Cognito returned no sub for ${username}`);
    await this.#client.send(new AdminAddUserToGroupCommand({ UserPoolId: this.#userPoolId, Username: username, GroupName: cognitoGroupOf(person) }));
    return subject;
  }

  /** Disables the person's user and ends its sessions (refresh tokens); a user that never existed is nothing to do. */
  async disable(email: string): Promise<void> {
    const username = email.trim().toLowerCase();
    try {
      await this.#client.send(new AdminDisableUserCommand({ UserPoolId: this.#userPoolId, Username: username }));
      await this.#client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.#userPoolId, Username: username }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  }
}

/** 32 random bytes and one character of each class the pool's policy asks for: a password nobody is given. */
function unknowablePassword(): string {
  return `${randomBytes(32).toString('base64url')}aA1!`;
}

let bound: CognitoLogins | undefined;

/** The deployment's user pool (USER_POOL_ID), bound on first use. */
export const cognitoLogins = (): CognitoLogins => (bound ??= new CognitoLogins(new CognitoIdentityProviderClient({}), config.userPoolId()));
