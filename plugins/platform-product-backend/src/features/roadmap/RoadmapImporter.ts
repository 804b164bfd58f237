import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ROADMAP_ANNOTATION,
  RoadmapFile,
  RoadmapImportStatus,
} from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { KeyResultLookup } from '../../ports';
import { applyRoadmapFile } from './applyRoadmapFile';
import { RoadmapAnnouncer } from './RoadmapAnnouncer';
import { formatRoadmapFile, parseRoadmapFile } from './roadmapFile';
import { RoadmapFileReader } from './RoadmapFileReader';
import { RoadmapItemValidator } from './RoadmapItemValidator';
import { RoadmapStore } from './RoadmapStore';

/**
 * Imports platforms' roadmap files (`platform-product.dev/roadmap` annotation) into their boards,
 * and exports a board in the same format.
 *
 * Import rules: a file with any problem imports nothing and the problem is kept for the owners
 * ("last import failed: …"); items the file declares win over portal edits (they become source
 * `file`, read-only in the portal); file items the file no longer declares are removed (with
 * history); a key result id the platform does not have is a warning, not an error, because
 * objectives are often added after the roadmap that links them.
 *
 * @internal
 */
export class RoadmapImporter {
  constructor(
    private readonly options: {
      store: RoadmapStore;
      validator: RoadmapItemValidator;
      announcer: RoadmapAnnouncer;
      reader: RoadmapFileReader;
      catalog: CatalogService;
      auth: AuthService;
      graphs: PlatformGraphProvider;
      keyResults: KeyResultLookup;
      logger: LoggerService;
      now: () => Date;
      outcomeReviewDelayDays: number;
    },
  ) {}

  /** Imports every platform that has the annotation; one failure does not stop the others. */
  async importAll(): Promise<void> {
    const graph = await this.options.graphs.get();
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: graph.platforms().map(platform => platform.ref),
        fields: ['kind', 'metadata', 'relations'],
      },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    for (const entity of items) {
      if (!entity?.metadata.annotations?.[ROADMAP_ANNOTATION]) continue;
      try {
        await this.importEntity(entity);
      } catch (error) {
        this.options.logger.warn(
          `Roadmap import of ${stringifyEntityRef(entity)} failed: ${error}`,
        );
      }
    }
  }

  /**
   * Imports one platform's roadmap file now.
   *
   * @throws InputError when the platform has no roadmap annotation
   */
  async importPlatform(platformRef: string): Promise<RoadmapImportStatus> {
    const entity = await this.options.catalog.getEntityByRef(platformRef, {
      credentials: await this.options.auth.getOwnServiceCredentials(),
    });
    if (!entity) {
      throw new NotFoundError(`${platformRef} was not found in the catalog`);
    }
    const status = await this.importEntity(entity);
    if (!status) {
      throw new InputError(
        `${platformRef} has no ${ROADMAP_ANNOTATION} annotation; add one naming its roadmap file (docs/roadmap.md) to import a roadmap`,
      );
    }
    return status;
  }

  /** The board as a roadmap file; importing it gives the same board. */
  async exportPlatform(platformRef: string): Promise<string> {
    const [records, settings] = await Promise.all([
      this.options.store.listItems([platformRef]),
      this.options.store.getSettings(platformRef),
    ]);
    return formatRoadmapFile(records, settings);
  }

  private async importEntity(
    entity: Entity,
  ): Promise<RoadmapImportStatus | undefined> {
    const platformRef = stringifyEntityRef(entity);
    const { store, reader, now } = this.options;
    const at = now().getTime();
    let location: string | undefined;
    let roadmap: RoadmapFile;
    try {
      const found = reader.locate(entity);
      if (!found) return undefined;
      location = found.location;
      roadmap = parseRoadmapFile(
        await reader.read(found.location),
        await this.options.validator.knownPersonas(),
      );
    } catch (error) {
      const message = (error as Error).message;
      await store.updateSettings(platformRef, {
        importLocation: location ?? null,
        importStatus: 'failed',
        importAt: at,
        importError: message,
        importWarnings: [],
      });
      this.options.logger.warn(
        `Roadmap file of ${platformRef} not imported: ${message}`,
      );
      return importStatus(location ?? '', 'failed', at, message, []);
    }
    const warnings = await this.keyResultWarnings(platformRef, roadmap);
    const title = entity.metadata.title ?? entity.metadata.name;
    const changed = await store.transaction(tx =>
      applyRoadmapFile(
        tx,
        { platformRef, roadmap, location: location!, warnings },
        { at, outcomeReviewDelayDays: this.options.outcomeReviewDelayDays },
      ),
    );
    for (const { before, after } of changed) {
      await this.options.announcer.announce(title, before, after);
    }
    return importStatus(location, 'ok', at, null, warnings);
  }

  private async keyResultWarnings(
    platformRef: string,
    roadmap: RoadmapFile,
  ): Promise<string[]> {
    const warnings: string[] = [];
    for (const [i, item] of roadmap.spec.items.entries()) {
      if (
        item.keyResult &&
        !(await this.options.keyResults
          .find(platformRef, item.keyResult)
          .catch(() => undefined))
      ) {
        warnings.push(
          `spec.items[${i}].keyResult '${item.keyResult}' is not a key result of ${platformRef}; the item is imported and its link shows as unknown until the key result exists`,
        );
      }
    }
    return warnings;
  }
}

function importStatus(
  location: string,
  result: 'ok' | 'failed',
  at: number,
  error: string | null,
  warnings: string[],
): RoadmapImportStatus {
  return {
    location,
    status: result,
    at: new Date(at).toISOString(),
    error,
    warnings,
  };
}
