import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Principal } from '../auth/principal.ts';

/** The HTTP API (payload v2) event as delivered after the JWT authorizer; public routes lack `authorizer`. */
export type HttpEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'> & {
  requestContext: Omit<APIGatewayProxyEventV2WithJWTAuthorizer['requestContext'], 'authorizer'> & {
    authorizer?: APIGatewayProxyEventV2WithJWTAuthorizer['requestContext']['authorizer'];
  };
};

export type HttpResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers?: Record<string, string> };

/** What the middlewares learn about a request, for the handler's use. */
export interface HttpContext extends Context {
  /** Set by the correlationId middleware before anything else reads it. */
  correlationId?: string;
  principal?: Principal;
  body?: unknown;
  params?: unknown;
  query?: unknown;
}
