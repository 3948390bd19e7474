/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import type { RouteDeclaration } from '../platform/declarations.ts';
import * as z from 'zod';

export const getOpenApiDocument = {
  function: {
    name: 'getOpenApiDocument',
    entry: 'functions/api-description/get-openapi-document.ts',
    purpose: 'the API description, generated from the zod contracts',
    grants: [],
  },
  method: 'GET',
  path: '/openapi.json',
  access: 'public',
  summary: 'The OpenAPI 3.1 description of this API',
  contract: {
    success: {
      status: 200,
      description: 'OpenAPI 3.1 document',
      schema: /* @__PURE__ */ z.record(z.string(), z.unknown()),
    },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const routes = [getOpenApiDocument] as const;
