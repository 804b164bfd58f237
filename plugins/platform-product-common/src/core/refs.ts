import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { describeValue } from './describeValue';

/**
 * Resolves a reference written in an entity's metadata to a full, lower-case entity ref, the way the
 * catalog does: `feature-engineer` with default kind `persona` and namespace `default` is
 * `persona:default/feature-engineer`.
 *
 * @param options - with:
 *   - `ref`: the ref as written
 *   - `defaultKind`: the kind when the ref has none
 *   - `defaultNamespace`: the namespace when the ref has none
 *   - `field`: where the ref was written, for the error message
 * @throws RangeError when `ref` is not an entity reference
 * @public
 */
export function resolveEntityRef(options: {
  ref: string;
  defaultKind: string;
  defaultNamespace: string;
  field: string;
}): string {
  const { ref, defaultKind, defaultNamespace, field } = options;
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace }),
    );
  } catch {
    throw new RangeError(
      `${field} must be an entity ref such as ${defaultKind}:${defaultNamespace}/name or name — got ${describeValue(
        ref,
      )}`,
    );
  }
}
