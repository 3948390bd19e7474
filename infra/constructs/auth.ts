/**
 * Who may call the API. By default a Cognito user pool: one group per programme role
 * (secretariat, advisor, municipality) and a `municipality` attribute that ties a municipality
 * user to its municipality number. Municipal systems do not sign in here: the machine API
 * trusts Maskinporten (infra/programme-config.ts).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_ROLES } from '#shared/platform/auth/principal.ts';

/** Cognito groups: the staff roles, and `municipality` for every municipality's people (their roles are the table's, shared/platform/auth/directory.ts). */
export const COGNITO_GROUPS = [...STAFF_ROLES, 'municipality'] as const;
import { pascalCase } from './naming.ts';

/** What the API's JWT authorizer trusts. */
export interface JwtTrust {
  readonly issuer: string;
  readonly audience: readonly string[];
}

/** The custom attribute carrying a municipality user's 4-digit municipality number (`custom:municipality`). */
export const MUNICIPALITY_ATTRIBUTE = 'municipality';

const ROLE_DESCRIPTIONS: { readonly [R in (typeof COGNITO_GROUPS)[number]]: string } = {
  secretariat: 'The programme secretariat: manages cohorts, people and decisions; reads everything',
  advisor: 'Programme advisors: read and review the municipalities of the networks they advise',
  evaluator: 'Researchers evaluating the programme: aggregates and exports only',
  municipality: 'People of a municipality: what they may do is their roles in the programme table',
};

export class ProgrammeUserPool extends Construct implements JwtTrust {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      // Accounts are created by the secretariat, never by sign-up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        [MUNICIPALITY_ATTRIBUTE]: new StringAttribute({ minLen: 4, maxLen: 4, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus: threat protection blocks sign-ins with compromised credentials or high risk.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const role of COGNITO_GROUPS) {
      this.userPool.addGroup(`${pascalCase(role)}Group`, { groupName: role, description: ROLE_DESCRIPTIONS[role] });
    }

    this.client = this.userPool.addClient('AppClient', {
      authFlows: { userSrp: true },
      disableOAuth: true,
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // The ID token carries the municipality number the API authorises on...
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(MUNICIPALITY_ATTRIBUTE),
      // ...so users must never write it themselves: only administrators set it.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });
  }

  get issuer(): string {
    return this.userPool.userPoolProviderUrl;
  }

  get audience(): readonly string[] {
    return [this.client.userPoolClientId];
  }
}
