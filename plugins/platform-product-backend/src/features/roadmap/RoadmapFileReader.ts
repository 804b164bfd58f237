import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ROADMAP_ANNOTATION } from '@platform-product/backstage-plugin-platform-product-common';

/**
 * Where a platform's roadmap file is, as resolved from its annotations.
 *
 * @internal
 */
export interface RoadmapFileLocation {
  /** The annotation value as written, e.g. `./deploy-platform-roadmap.yaml`. */
  annotation: string;
  /** The resolved location: `file:/…/deploy-platform-roadmap.yaml` or an http(s) URL. */
  location: string;
}

/**
 * Finds and reads a platform's roadmap file: the `platform-product.dev/roadmap` annotation, relative to
 * the entity's own catalog file (`backstage.io/managed-by-location`). `file:` locations are read from
 * disk, and only from the catalog file's directory or below; `url:` locations through the backend's
 * URL reader, so the integrations (and their allow-lists) configured for the catalog apply.
 *
 * @internal
 */
export class RoadmapFileReader {
  constructor(private readonly urlReader: UrlReaderService) {}

  /**
   * The file the entity's annotation points to, or undefined without the annotation.
   *
   * @throws InputError when the entity's catalog location is unknown or of another type, or the
   *   annotation leaves the catalog file's directory
   */
  locate(entity: Entity): RoadmapFileLocation | undefined {
    const annotations = entity.metadata.annotations ?? {};
    const annotation = annotations[ROADMAP_ANNOTATION]?.trim();
    if (!annotation) {
      return undefined;
    }
    const ref = stringifyEntityRef(entity);
    const base = annotations[ANNOTATION_LOCATION];
    if (!base) {
      throw new InputError(
        `${ref} has no ${ANNOTATION_LOCATION} annotation, so its ${ROADMAP_ANNOTATION} annotation '${annotation}' cannot be resolved; register the entity from a catalog file`,
      );
    }
    const separator = base.indexOf(':');
    const type = base.slice(0, separator);
    const target = base.slice(separator + 1);
    if (type === 'file') {
      const catalogFile = target.startsWith('file:')
        ? fileURLToPath(target)
        : target;
      const directory = path.dirname(catalogFile);
      const resolved = path.resolve(directory, annotation);
      if (
        resolved !== directory &&
        !resolved.startsWith(`${directory}${path.sep}`)
      ) {
        throw new InputError(
          `${ROADMAP_ANNOTATION} of ${ref} is '${annotation}', which leaves the directory of its catalog file (${directory}); keep the roadmap file next to the catalog file or below it`,
        );
      }
      return { annotation, location: `file:${resolved}` };
    }
    if (type === 'url') {
      return { annotation, location: new URL(annotation, target).toString() };
    }
    throw new InputError(
      `${ref} is managed by a '${type}' location (${base}); a roadmap file can only be read next to a file: or url: location`,
    );
  }

  /** The text of the file at a location {@link locate} returned. */
  async read(location: string): Promise<string> {
    if (location.startsWith('file:')) {
      const file = location.slice('file:'.length);
      try {
        return await fs.readFile(file, 'utf8');
      } catch (error) {
        throw new InputError(
          `cannot read ${file}: ${(error as Error).message}`,
        );
      }
    }
    try {
      const response = await this.urlReader.readUrl(location);
      return (await response.buffer()).toString('utf8');
    } catch (error) {
      throw new InputError(
        `cannot read ${location}: ${(error as Error).message}`,
      );
    }
  }
}
