import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../shared/contracts/openapi.ts';
import { httpRoutes } from '../../../shared/routing.ts';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument('http://localhost:3000') as unknown as {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, Record<string, { operationId: string; security: unknown[]; responses: Record<string, { content: Record<string, unknown> }>; parameters?: { name: string; in: string }[] }>>;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 with the given server', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: 'http://localhost:3000' }]);
  });

  it('describes every route of the routing table', () => {
    for (const route of httpRoutes) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.path}`).toBe(route.function);
      expect(operation?.security).toEqual(route.access === 'public' ? [] : [{ bearer: [] }]);
    }
  });

  it('documents errors as problem+json and path parameters', () => {
    const get = document.paths['/applications/{id}']!.get!;
    expect(get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(Object.keys(get.responses['404']!.content)).toEqual(['application/problem+json']);
    const post = document.paths['/applications']!.post!;
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '422']));
  });

  it('names the shared schemas as components', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Application', 'SubmitApplicationRequest', 'Problem', 'SickLeaveTarget', 'SteeringGroupMember']),
    );
  });
});
