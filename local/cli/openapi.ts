/** Prints the OpenAPI document generated from the zod contracts: `npm run openapi > openapi.json`. */
import { buildOpenApiDocument } from '#shared/openapi.ts';

console.log(JSON.stringify(buildOpenApiDocument(), null, 2));
