// Turns src/schema/openapi.yaml, the source of truth of the plugin's REST API, into
// src/schema/openapi.generated.ts: the same document as an `as const` object, so that
// @backstage/backend-openapi-utils infers request and response types from it, and the router
// factory that validates requests against it.
//
// Backstage's own generator (`backstage-repo-tools package schema openapi generate`) needs a Java
// jar fetched from Maven Central at first use; this script needs nothing but `yaml`. The document is
// written as JSON under `// prettier-ignore`, so the file is the same whether or not Prettier ran
// over it.
//
// Usage: yarn generate-openapi (from the package directory). A test (src/schema/openapi.test.ts)
// renders the module in memory and fails when the committed file differs from it.

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** Where the specification and the generated module live, relative to the package directory. */
export const OPENAPI_YAML = 'src/schema/openapi.yaml';
export const OPENAPI_MODULE = 'src/schema/openapi.generated.ts';

const HEADER = `// This file is generated from openapi.yaml by \`yarn generate-openapi\` (scripts/generate-openapi.mjs).
// Do not edit it: change openapi.yaml and run the script. src/schema/openapi.test.ts fails when the
// two differ.`;

/**
 * Renders the TypeScript module for an OpenAPI document.
 *
 * @param {string} yamlText - the OpenAPI document, as YAML
 * @returns {string} the module's source
 */
export function renderOpenApiModule(yamlText) {
  const document = parse(yamlText);
  if (!document || typeof document !== 'object' || !document.paths) {
    throw new Error(
      `${OPENAPI_YAML} must be an OpenAPI document with paths; got ${typeof document}`,
    );
  }
  return `${HEADER}

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/**
 * The plugin's OpenAPI specification, as a constant so that request and response types are
 * inferred from it.
 *
 * @internal
 */
// prettier-ignore
export const spec = ${JSON.stringify(document, null, 2)} as const;

/**
 * Creates an Express router that validates every request against {@link spec} before a handler
 * runs, with handlers typed from it.
 *
 * @internal
 */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`;
}

function main() {
  const packageDir = path.resolve(path.dirname(process.argv[1]), '..');
  const yamlPath = path.join(packageDir, OPENAPI_YAML);
  const modulePath = path.join(packageDir, OPENAPI_MODULE);
  const rendered = renderOpenApiModule(fs.readFileSync(yamlPath, 'utf8'));
  fs.writeFileSync(modulePath, rendered);
  process.stdout.write(`wrote ${path.relative(process.cwd(), modulePath)}\n`);
}

// Run only when executed as a script, not when a test imports renderOpenApiModule.
if (path.basename(process.argv[1] ?? '') === 'generate-openapi.mjs') {
  main();
}
