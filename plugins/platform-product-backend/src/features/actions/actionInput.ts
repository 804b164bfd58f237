import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { describeValue } from '@platform-product/backstage-plugin-platform-product-common';
import { Zod } from './actionsRegistry';

/**
 * An entity ref an agent sent, as the routes' paths name it: with a kind, the namespace `default`
 * when left out, lower case.
 *
 * @param field - the input field, named in the error
 * @throws InputError saying what is wrong with the ref and what one looks like
 * @internal
 */
export function entityRefOf(value: string, field: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultNamespace: 'default' }),
    ).toLowerCase();
  } catch {
    throw new InputError(
      `${field} must be an entity ref with a kind, such as system:default/deploy-platform or component:checkout-service — got ${describeValue(
        value,
      )}`,
    );
  }
}

// The schemas hold the shapes (types, required fields, enumerations); ranges, lengths and formats
// are checked by the services the routes call too, whose errors say what was wrong, where the
// registry's own would only say "Invalid input".

/**
 * The input field of an entity ref, with the description an agent reads.
 *
 * @internal
 */
export function entityRefField(z: Zod, description: string) {
  return z
    .string()
    .describe(
      `${description} An entity ref "kind:namespace/name", e.g. "system:default/deploy-platform"; the namespace defaults to "default".`,
    );
}

/**
 * The input field of a day, YYYY-MM-DD (UTC).
 *
 * @internal
 */
export function dayField(z: Zod, description: string) {
  return z.string().describe(`${description} A UTC day, YYYY-MM-DD.`);
}

/**
 * An SLO health, as every answer names it.
 *
 * @internal
 */
export function healthField(z: Zod) {
  return z
    .enum(['healthy', 'at-risk', 'breached', 'no-data'])
    .describe(
      'healthy; at-risk (a burn-rate alert fires, or less than a quarter of the error budget is left); breached (the error budget is spent); no-data (no events in the window)',
    );
}
