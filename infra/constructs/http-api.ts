/**
 * An HTTP API, generated from the routing table's `httpRoutes`: one route per entry, each
 * integrated with its function (payload v2) and protected by the JWT authorizer unless the
 * table declares it public. Access logs go to their own log group.
 *
 * The stack has two, over the same functions, because an HTTP API route takes one JWT
 * authorizer and a JWT authorizer one issuer:
 * - the people API trusts the Cognito user pool (every route of the table);
 * - the machine API trusts Maskinporten (every route that is not public).
 * Both verify the token before any function runs. The scopes a route takes are checked by the
 * function's authorize middleware (shared/platform/http/middlewares/authorize.ts), from the
 * same declaration, and not as the route's `authorizationScopes`: API Gateway answers a missing
 * scope with a fixed `{"message":"Forbidden"}` that cannot name the scope, where the middleware
 * answers a problem naming the scope the route needs and the scopes the token has.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HTTP_INTEGRATION_TIMEOUT_SECONDS, routesOf, unmatchedRouteFunction, type ApiAudience, type FunctionName } from '#shared/routing.ts';
import type { JwtTrust } from './auth.ts';
import { pascalCase } from './naming.ts';
import type { ProgrammeFunctions } from './programme-functions.ts';

/**
 * Stage-wide throttling: generous for a programme of a few hundred municipalities, a ceiling
 * against abuse, one bucket for every caller together. It is the backstop of the per-caller
 * limit (shared/platform/http/middlewares/rate-limit.ts), which HTTP APIs cannot do themselves: no AWS
 * WAF on HTTP APIs, no per-caller stage or route throttling, usage plans only on REST APIs. It
 * also keeps the counters' writes far below one DynamoDB partition's 1,000 writes per second.
 */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** One JSON object per request; `$context.requestId` ties it to the function's logs. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    httpMethod: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    subject: '$context.authorizer.claims.sub',
  }),
);

export interface ProgrammeHttpApiProps {
  readonly audience: ApiAudience;
  readonly functions: ProgrammeFunctions;
  /** The issuer and audience the JWT authorizer trusts. */
  readonly jwt: JwtTrust;
  /**
   * Where the route (and integration, and invoke permission) of a function is created: beside the
   * function, in its nested stack (infra/stack-layout.ts). The API, stage and authorizer stay here.
   */
  readonly routeScopeFor: (name: FunctionName) => Construct;
}

export class ProgrammeHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** The API route created for each routing-table entry, keyed `METHOD path`, and the `$default` route. */
  readonly routes: ReadonlyMap<string, HttpRoute>;

  constructor(scope: Construct, id: string, props: ProgrammeHttpApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      description:
        props.audience === 'people'
          ? 'Kvalitetskommuneprogrammet: applications and programme administration (people, Cognito tokens)'
          : 'Kvalitetskommuneprogrammet for municipal systems (Maskinporten tokens, scopes per route)',
      createDefaultStage: false,
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(this.accessLogs), format: ACCESS_LOG_FORMAT },
    });

    const authorizer = new HttpJwtAuthorizer('JwtAuthorizer', props.jwt.issuer, {
      jwtAudience: [...props.jwt.audience],
      identitySource: ['$request.header.Authorization'],
    });
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integrationOf = (name: FunctionName): HttpLambdaIntegration => {
      let integration = integrations.get(name);
      if (!integration) {
        const fn = props.functions.get(name);
        integration = new HttpLambdaIntegration(`${pascalCase(name)}Integration`, fn, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
          timeout: Duration.seconds(HTTP_INTEGRATION_TIMEOUT_SECONDS),
        });
        integrations.set(name, integration);
      }
      return integration;
    };

    const routes = new Map<string, HttpRoute>();
    for (const route of routesOf(props.audience)) {
      const isPublic = route.access === 'public';
      // As HttpApi.addRoutes would, but in the function's nested stack.
      const created = new HttpRoute(props.routeScopeFor(route.function), `${route.method}${route.path}`, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: integrationOf(route.function),
        authorizer: isPublic ? new HttpNoneAuthorizer() : authorizer,
      });
      if (isPublic) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            `${route.method} ${route.path} is declared public in the routing table (${route.summary}). ` +
            'Only routes marked public skip the JWT authorizer; every other route requires a verified token.',
        });
      }
      routes.set(`${route.method} ${route.path}`, created);
    }
    // Every request no route matches goes to $default, whose function answers 404/405 as
    // problem+json; without it API Gateway answers {"message":"Not Found"} itself.
    const unmatched = new HttpRoute(props.routeScopeFor(unmatchedRouteFunction), 'DefaultRoute', {
      httpApi: this.api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: integrationOf(unmatchedRouteFunction),
      authorizer: new HttpNoneAuthorizer(),
    });
    Validations.of(unmatched).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The $default route only answers 404 or 405 for requests no route matches; it reads no data, so an unknown path is 404 with or without a token.',
    });
    routes.set('$default', unmatched);
    this.routes = routes;
  }

  /** The base URL, e.g. `https://abc123.execute-api.eu-north-1.amazonaws.com/`. */
  get url(): string {
    return this.stage.url;
  }
}
