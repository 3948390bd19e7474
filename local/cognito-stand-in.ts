/**
 * The local stand-in for the Cognito user pool: the Admin* calls the people capability makes
 * (shared/people/logins.ts), answered over the same JSON 1.1 protocol (X-Amz-Target
 * AWSCognitoIdentityProviderService.*) by the loopback AWS emulator. Users are kept in
 * `<stateDir>/cognito/users.json` (sub = a random UUID, as Cognito's), where
 * `npm run token -- person <email>` finds them to mint a Cognito-shaped development token.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface LocalCognitoUser {
  readonly username: string;
  readonly sub: string;
  readonly attributes: Record<string, string>;
  readonly groups: string[];
  enabled: boolean;
  status: 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';
  /** Incremented by AdminUserGlobalSignOut (Cognito revokes the refresh tokens). */
  signOuts: number;
  readonly createdAt: string;
}

/** The users file of a state folder. */
export const cognitoUsersFile = (stateDir: string) => join(stateDir, 'cognito', 'users.json');

export class CognitoError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

/** The users of a state folder, read fresh each time (the token CLI reads them while the stack runs). */
export function readCognitoUsers(file: string): LocalCognitoUser[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LocalCognitoUser[]) : [];
}

export class LocalCognito {
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  users(): LocalCognitoUser[] {
    return readCognitoUsers(this.#file);
  }

  /** One Cognito action: its JSON answer, or a CognitoError named as Cognito names it. */
  handle(action: string, input: Record<string, unknown>): unknown {
    const users = this.users();
    const username = String(input.Username ?? '').toLowerCase();
    const find = () => {
      const user = users.find((u) => u.username === username || u.attributes.email === username);
      if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
      return user;
    };
    switch (action) {
      case 'AdminCreateUser': {
        if (users.some((u) => u.username === username)) throw new CognitoError('UsernameExistsException', 'An account with the given email already exists.');
        const attributes: Record<string, string> = {};
        for (const { Name, Value } of (input.UserAttributes ?? []) as { Name: string; Value: string }[]) attributes[Name] = Value;
        const user: LocalCognitoUser = { username, sub: randomUUID(), attributes, groups: [], enabled: true, status: 'FORCE_CHANGE_PASSWORD', signOuts: 0, createdAt: new Date().toISOString() };
        this.#save([...users, user]);
        return { User: describe(user, 'Attributes') };
      }
      case 'AdminGetUser':
        return { ...describe(find(), 'UserAttributes') };
      case 'AdminSetUserPassword': {
        const user = find();
        if (input.Permanent) user.status = 'CONFIRMED';
        this.#save(users);
        return {};
      }
      case 'AdminAddUserToGroup': {
        const user = find();
        const group = String(input.GroupName ?? '');
        if (!group) throw new CognitoError('InvalidParameterException', 'GroupName is required');
        if (!user.groups.includes(group)) user.groups.push(group);
        this.#save(users);
        return {};
      }
      case 'AdminDisableUser':
      case 'AdminEnableUser': {
        find().enabled = action === 'AdminEnableUser';
        this.#save(users);
        return {};
      }
      case 'AdminUserGlobalSignOut': {
        find().signOuts++;
        this.#save(users);
        return {};
      }
      default:
        throw new CognitoError('UnknownOperationException', `Not emulated locally: AWSCognitoIdentityProviderService.${action}`);
    }
  }

  /** Written whole, through a temporary file: a reader never sees half a file. */
  #save(users: readonly LocalCognitoUser[]): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(users, null, 2));
    renameSync(temporary, this.#file);
  }
}

function describe(user: LocalCognitoUser, attributesKey: 'Attributes' | 'UserAttributes') {
  return {
    Username: user.username,
    [attributesKey]: [{ Name: 'sub', Value: user.sub }, ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value }))],
    Enabled: user.enabled,
    UserStatus: user.status,
    UserCreateDate: Date.parse(user.createdAt) / 1000,
    UserLastModifiedDate: Date.now() / 1000,
  };
}
