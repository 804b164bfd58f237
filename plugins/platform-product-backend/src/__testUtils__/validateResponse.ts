import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { spec } from '../schema/openapi.generated';

type Json = unknown;

/** Replaces every `{ $ref: '#/…' }` with what it points to (the contract has no cycles). */
function dereference(value: Json, root: Json): Json {
  if (Array.isArray(value)) {
    return value.map(item => dereference(item, root));
  }
  if (value && typeof value === 'object') {
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      const target = ref
        .slice(2)
        .split('/')
        .reduce<any>((node, key) => node?.[key], root);
      if (target === undefined) {
        throw new Error(`openapi.yaml: ${ref} points nowhere`);
      }
      return dereference(target, root);
    }
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        dereference(child, root),
      ]),
    );
  }
  return value;
}

const document = dereference(spec, spec) as any;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

const operations = Object.entries(document.paths as Record<string, any>).map(
  ([template, operationsByMethod]) => ({
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    template,
    operationsByMethod,
  }),
);

/**
 * Fails unless a response's status is one the contract declares for its operation and its body
 * matches the schema the contract gives for that status. Use it on every response a router test
 * gets, so the answers cannot drift from src/schema/openapi.yaml.
 */
export function expectValidResponse(response: request.Response): void {
  const req = (response as unknown as { req: { method: string; path: string } })
    .req;
  const method = req.method.toLowerCase();
  const path = req.path.split('?')[0].replace(/^\/api\/platform-product/, '');
  const operation = operations.find(
    o => o.pattern.test(path) && o.operationsByMethod[method],
  );
  if (!operation) {
    throw new Error(`${method.toUpperCase()} ${path} is not in openapi.yaml`);
  }
  const declared =
    operation.operationsByMethod[method].responses[String(response.status)];
  if (!declared) {
    throw new Error(
      `${method.toUpperCase()} ${operation.template} answered ${
        response.status
      }, which openapi.yaml does not declare; body: ${JSON.stringify(
        response.body,
      )}`,
    );
  }
  const schema = declared.content?.['application/json']?.schema;
  if (!schema) {
    return;
  }
  const key = `${method} ${operation.template} ${response.status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  if (!validate(response.body)) {
    throw new Error(
      `${key}: the body does not match openapi.yaml: ${ajv.errorsText(
        validate.errors,
        { dataVar: 'body' },
      )}`,
    );
  }
}
