/**
 * The API's `$default` route: every request no route of the routing table matches. API Gateway's
 * own answer would be `404 {"message":"Not Found"}` for both an unknown path and a known path
 * with another method; this answers them as every function answers its errors (problem+json with
 * instance and correlationId): 404, or 405 with `Allow` naming the path's methods. Only the
 * correlation and problem middlewares: there is no caller to authorize, no rate to count (an
 * unmatched request reaches no data) and no input to parse.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { correlationId } from '#shared/platform/http/middlewares/correlation-id.ts';
import { problemDetails } from '#shared/platform/http/middlewares/problem-details.ts';
import { HttpProblem, problems } from '#shared/platform/http/problems.ts';
import { matchRoute, type RoutePath } from '#shared/platform/http/route-match.ts';
import routes from '#shared/platform/http/route-paths.json' with { type: 'json' };
import type { HttpContext, HttpEvent, HttpResult } from '#shared/platform/http/types.ts';
import { logger } from '#shared/platform/logger.ts';
import { withDeclaration } from '#shared/platform/declared.ts';
import { answerUnmatchedRoute } from '#shared/platform/routes.ts';

/** The API's methods and paths, generated from the routing table (npm run docs) so this bundle carries no schema. */
const routePaths = routes as readonly RoutePath[];

const stack = middy<HttpEvent, HttpResult, Error, HttpContext>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(correlationId())
  .use(problemDetails())
  .handler(async (event) => {
    const method = event.requestContext.http.method;
    const path = event.rawPath;
    const match = matchRoute(routePaths, method, path);
    if (match.kind === 'method-not-allowed') {
      throw new HttpProblem(405, 'method-not-allowed', 'Method not allowed', `${method} is not served on ${path}`, undefined, { allow: match.allow.join(', ') });
    }
    // A matched route never reaches $default in AWS; locally the gateway only sends what matched none.
    throw problems.notFound(`No route for ${method} ${path}`);
  });

/** Built by hand (no factory fits a stream, an S3 event or the $default route); it names its declaration like every handler. */
export const handler = withDeclaration(stack, answerUnmatchedRoute);
