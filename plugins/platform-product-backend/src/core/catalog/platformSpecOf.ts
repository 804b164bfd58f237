import { Entity } from '@backstage/catalog-model';
import {
  getPlatformSpec,
  PlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';

/** How many distinct `spec.platform` declarations are kept parsed: more than any catalog has. */
const KEPT = 1_000;

const parsed = new Map<string, PlatformSpec | undefined>();

/**
 * The entity's `spec.platform`, when present and valid, as the common package's `getPlatformSpec`
 * reads it, parsed once per declaration: the platforms a service card shows are read from the
 * catalog on every request (with the caller's credentials), dozens per card on a large catalog, and
 * validating each declaration again was a fifth of a card's time. The key is the entity's version
 * (its uid and etag, which the catalog changes with every change to it), else the text of the
 * declaration, so an edited one is parsed anew; the least recently used are forgotten past
 * {@link KEPT}. The answer is shared by every caller: treat it as read-only.
 *
 * @internal
 */
export function platformSpecOf(entity: Entity): PlatformSpec | undefined {
  const declared = (entity.spec as Record<string, unknown> | undefined)
    ?.platform;
  if (declared === undefined || declared === null) {
    return undefined;
  }
  // The catalog changes an entity's etag with every change to it; without one, the text is the key.
  const { uid, etag } = entity.metadata;
  const key = uid && etag ? `${uid}\n${etag}` : JSON.stringify(declared);
  if (parsed.has(key)) {
    const spec = parsed.get(key);
    parsed.delete(key);
    parsed.set(key, spec);
    return spec;
  }
  const spec = getPlatformSpec(entity);
  parsed.set(key, spec);
  if (parsed.size > KEPT) {
    parsed.delete(parsed.keys().next().value!);
  }
  return spec;
}
