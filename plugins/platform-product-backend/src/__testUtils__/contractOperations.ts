import { spec } from '../schema/openapi.generated';

/** A JSON schema of the contract, `$ref`s left in place (see {@link resolveSchema}). */
export type ContractSchema = Record<string, any>;

/** One parameter of an operation, its `$ref` resolved. */
export interface ContractParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: ContractSchema;
}

/** One operation of src/schema/openapi.yaml: a method on a path template. */
export interface ContractOperation {
  operationId: string;
  /** Lower case, as in the contract: get, post, put, patch, delete. */
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path template, e.g. `/platforms/{kind}/{namespace}/{name}/slos`. */
  template: string;
  /** False only for operations the contract opens to anonymous callers (`security: []`). */
  authenticated: boolean;
  pathParams: ContractParameter[];
  queryParams: ContractParameter[];
  headerParams: ContractParameter[];
  /** The JSON request body, when the operation takes one. */
  body?: { required: boolean; schema: ContractSchema };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Follows a `{ $ref: '#/…' }` to what it points to (repeatedly), leaving nested `$ref`s alone, so
 * recursive walks resolve one level at a time.
 */
export function resolveSchema(schema: ContractSchema): ContractSchema {
  let current = schema;
  for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
    if (hops > 20 || !current.$ref.startsWith('#/')) {
      throw new Error(`openapi.yaml: cannot resolve ${current.$ref}`);
    }
    const target = current.$ref
      .slice(2)
      .split('/')
      .reduce<any>((node: any, key: string) => node?.[key], spec);
    if (target === undefined) {
      throw new Error(`openapi.yaml: ${current.$ref} points nowhere`);
    }
    current = target;
  }
  return current;
}

/**
 * Every operation the contract declares, in the order of the file: what a test needs to call each
 * one (its path template and parameters) and to build inputs for it (the schemas).
 */
export function contractOperations(): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [template, item] of Object.entries(
    spec.paths as Record<string, any>,
  )) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters: ContractParameter[] = [
        ...(item.parameters ?? []),
        ...(operation.parameters ?? []),
      ].map((p: ContractSchema) => {
        const resolved = resolveSchema(p);
        return {
          name: resolved.name,
          in: resolved.in,
          required: resolved.required === true,
          schema: resolved.schema ?? {},
        };
      });
      const body = operation.requestBody
        ? resolveSchema(operation.requestBody)
        : undefined;
      const bodySchema = body?.content?.['application/json']?.schema;
      const security = operation.security ?? (spec as any).security;
      operations.push({
        operationId: operation.operationId,
        method,
        template,
        authenticated: !(Array.isArray(security) && security.length === 0),
        pathParams: parameters.filter(p => p.in === 'path'),
        queryParams: parameters.filter(p => p.in === 'query'),
        headerParams: parameters.filter(p => p.in === 'header'),
        body: bodySchema
          ? { required: body.required === true, schema: bodySchema }
          : undefined,
      });
    }
  }
  return operations;
}

/**
 * The path of an operation with its parameters filled in. Values are percent-encoded, except those
 * given in `raw`, which go into the path as they are (to send malformed escapes).
 */
export function pathOf(
  operation: ContractOperation,
  values: Record<string, string>,
  raw: ReadonlySet<string> = new Set(),
): string {
  return operation.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(
        `${operation.operationId}: no value for the path parameter ${name}`,
      );
    }
    return raw.has(name) ? value : encodeURIComponent(value);
  });
}
