import { randomUUID } from 'node:crypto';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  compareRanked,
  ROADMAP_ANNOTATION,
  ROADMAP_FILE_API_VERSION,
  ROADMAP_FILE_KIND,
  ROADMAP_HORIZONS,
  RoadmapFile,
  RoadmapFileItem,
  RoadmapImportStatus,
  RoadmapItemFields,
  rankSequence,
  validateRoadmapFile,
} from '@platform-product/backstage-plugin-platform-product-common';
import { parse, stringify } from 'yaml';
import {
  RoadmapHistoryRecord,
  RoadmapItemRecord,
  RoadmapSettingsRecord,
  RoadmapStore,
} from './RoadmapStore';
import { KeyResultLookup } from '../../ports';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { RoadmapFileReader } from './RoadmapFileReader';
import { fieldChanges, statusChanges } from './roadmapRecords';
import { RoadmapService } from './RoadmapService';

/** Who the history names for changes an import makes. */
const IMPORT_ACTOR = 'roadmap-file';

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
      roadmap: RoadmapService;
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
    const ordered = [
      ...ROADMAP_HORIZONS.flatMap(horizon =>
        records
          .filter(item => item.horizon === horizon && item.status !== 'dropped')
          .sort(compareRanked),
      ),
      ...records.filter(item => item.status === 'dropped').sort(compareRanked),
    ];
    const file: RoadmapFile = {
      apiVersion: ROADMAP_FILE_API_VERSION,
      kind: ROADMAP_FILE_KIND,
      spec: {
        ...(settings?.investmentMix
          ? { investmentMix: settings.investmentMix }
          : {}),
        items: ordered.map(item => ({
          id: item.fileId ?? item.id,
          horizon: item.horizon,
          title: item.title,
          problem: item.problem,
          hypothesis: item.hypothesis,
          confidence: item.confidence,
          status: item.status,
          personas: item.personas,
          category: item.category,
          ...(item.keyResultId ? { keyResult: item.keyResultId } : {}),
        })),
      },
    };
    return stringify(file, { lineWidth: 100 });
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
      roadmap = await this.parse(await reader.read(found.location));
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
      this.apply(tx, platformRef, roadmap, location!, at, warnings),
    );
    for (const { before, after } of changed) {
      await this.options.roadmap.announce(title, before, after);
    }
    return importStatus(location, 'ok', at, null, warnings);
  }

  /** The file's content, validated: YAML syntax, the format, and personas the catalog knows. */
  private async parse(text: string): Promise<RoadmapFile> {
    let document: unknown;
    try {
      document = parse(text);
    } catch (error) {
      throw new InputError(
        `the file is not valid YAML: ${(error as Error).message}`,
      );
    }
    const result = validateRoadmapFile(document);
    const problems = [...result.problems];
    if ('roadmap' in result) {
      const known = await this.options.roadmap.knownPersonas();
      result.roadmap.spec.items.forEach((item, i) =>
        item.personas.forEach((persona, j) => {
          if (!known.has(persona)) {
            problems.push(
              `spec.items[${i}].personas[${j}] '${persona}' is not a Persona in the catalog`,
            );
          }
        }),
      );
      if (problems.length === 0) return result.roadmap;
    }
    throw new InputError(problems.join('; '));
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

  private async apply(
    store: RoadmapStore,
    platformRef: string,
    roadmap: RoadmapFile,
    location: string,
    at: number,
    warnings: string[],
  ) {
    const existing = await store.listItems([platformRef]);
    const settings = await store.getSettings(platformRef);
    const byFileId = new Map(
      existing
        .filter(item => item.fileId !== null)
        .map(item => [item.fileId!, item]),
    );
    const byId = new Map(
      existing
        .filter(item => item.source === 'ui')
        .map(item => [item.id, item]),
    );
    const ranks = this.ranksFor(roadmap.spec.items, existing, byFileId);
    const declared = new Set<string>();
    const changed: Array<{
      before: RoadmapItemRecord;
      after: RoadmapItemRecord;
    }> = [];
    for (const item of roadmap.spec.items) {
      const fields: RoadmapItemFields = {
        title: item.title,
        problem: item.problem,
        hypothesis: item.hypothesis,
        confidence: item.confidence,
        status: item.status,
        personas: item.personas,
        category: item.category,
        keyResultId: item.keyResult ?? null,
      };
      const current = byFileId.get(item.id) ?? byId.get(item.id);
      const rank = ranks.get(item.id) ?? current?.rank ?? 'i';
      if (!current) {
        const id = randomUUID();
        declared.add(id);
        await store.insertItem({
          id,
          platformRef,
          horizon: item.horizon,
          rank,
          ...fields,
          source: 'file',
          fileId: item.id,
          version: 1,
          createdBy: IMPORT_ACTOR,
          createdAt: at,
          updatedBy: IMPORT_ACTOR,
          updatedAt: at,
          shippedAt: null,
          reviewDueAt: null,
          reviewNotifiedAt: null,
          outcome: null,
          outcomeNotes: null,
          reviewedBy: null,
          reviewedAt: null,
          ...statusChanges(
            { status: 'exploring' },
            item.status,
            at,
            this.options.outcomeReviewDelayDays,
          ),
        });
        await store.addHistory([
          {
            itemId: id,
            platformRef,
            action: 'import',
            version: 1,
            field: null,
            from: null,
            to: { horizon: item.horizon, ...fields },
            actor: IMPORT_ACTOR,
            at,
          },
        ]);
        continue;
      }
      declared.add(current.id);
      const base = {
        itemId: current.id,
        platformRef,
        version: current.version + 1,
        actor: IMPORT_ACTOR,
        at,
      };
      const history: RoadmapHistoryRecord[] = [
        ...fieldChanges(current, fields, base, () => 'import'),
      ];
      if (current.horizon !== item.horizon) {
        history.push({
          ...base,
          action: 'import',
          field: 'horizon',
          from: current.horizon,
          to: item.horizon,
        });
      }
      if (current.source !== 'file') {
        history.push({
          ...base,
          action: 'import',
          field: 'source',
          from: 'ui',
          to: 'file',
        });
      }
      if (history.length === 0 && rank === current.rank) continue;
      const changes: Partial<RoadmapItemRecord> = {
        ...fields,
        ...statusChanges(
          current,
          item.status,
          at,
          this.options.outcomeReviewDelayDays,
        ),
        horizon: item.horizon,
        rank,
        source: 'file',
        fileId: item.id,
        updatedBy: IMPORT_ACTOR,
        updatedAt: at,
      };
      if (!(await store.updateItem(current.id, current.version, changes))) {
        throw new InputError(
          `roadmap item '${item.id}' changed during the import; the next import will retry`,
        );
      }
      await store.addHistory(history);
      changed.push({
        before: current,
        after: { ...current, ...changes, version: current.version + 1 },
      });
    }
    for (const item of existing) {
      if (item.source === 'file' && !declared.has(item.id)) {
        await store.deleteItem(item.id);
        await store.addHistory([
          {
            itemId: item.id,
            platformRef,
            action: 'remove',
            version: item.version + 1,
            field: null,
            from: { horizon: item.horizon, title: item.title },
            to: null,
            actor: IMPORT_ACTOR,
            at,
          },
        ]);
      }
    }
    await store.updateSettings(platformRef, {
      ...mixChanges(roadmap, settings, at),
      importLocation: location,
      importStatus: 'ok',
      importAt: at,
      importError: null,
      importWarnings: warnings,
    });
    return changed;
  }

  /**
   * The ranks of the file's items: unchanged when a horizon's file items already stand in the
   * file's order, otherwise spread afresh in the file's order.
   */
  private ranksFor(
    items: readonly RoadmapFileItem[],
    existing: readonly RoadmapItemRecord[],
    byFileId: Map<string, RoadmapItemRecord>,
  ): Map<string, string> {
    const ranks = new Map<string, string>();
    for (const horizon of ROADMAP_HORIZONS) {
      const inFile = items.filter(item => item.horizon === horizon);
      const current = inFile.map(item => byFileId.get(item.id));
      const inOrder =
        current.every(
          record => record !== undefined && record.horizon === horizon,
        ) &&
        current.every(
          (record, i) => i === 0 || current[i - 1]!.rank < record!.rank,
        );
      if (inOrder) {
        inFile.forEach((item, i) => ranks.set(item.id, current[i]!.rank));
        continue;
      }
      const uiRanks = existing
        .filter(item => item.horizon === horizon && item.source === 'ui')
        .map(item => item.rank);
      const sequence = rankSequence(inFile.length).map(rank =>
        uiRanks.includes(rank) ? `${rank}i` : rank,
      );
      inFile.forEach((item, i) => ranks.set(item.id, sequence[i]));
    }
    return ranks;
  }
}

function mixChanges(
  roadmap: RoadmapFile,
  settings: RoadmapSettingsRecord | undefined,
  at: number,
): Partial<RoadmapSettingsRecord> {
  if (roadmap.spec.investmentMix) {
    return {
      investmentMix: roadmap.spec.investmentMix,
      mixSource: 'file',
      mixUpdatedBy: IMPORT_ACTOR,
      mixUpdatedAt: at,
    };
  }
  if (settings?.mixSource === 'file') {
    return {
      investmentMix: null,
      mixSource: null,
      mixUpdatedBy: IMPORT_ACTOR,
      mixUpdatedAt: at,
    };
  }
  return {};
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
