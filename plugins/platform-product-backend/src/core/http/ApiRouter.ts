import { createOpenApiRouter } from '../../schema/openapi.generated';

/**
 * The router every feature registers its routes on: typed and validated by the OpenAPI contract
 * (src/schema/openapi.yaml).
 *
 * @internal
 */
export type ApiRouter = ReturnType<typeof createOpenApiRouter>;
