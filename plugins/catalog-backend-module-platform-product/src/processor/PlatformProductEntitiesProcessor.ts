import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  CompoundEntityRef,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { ENTITY_STATUS_CATALOG_PROCESSING_TYPE } from '@backstage/catalog-client';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  MetadataProblem,
  PERSONA_KIND,
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
  RELATION_SERVED_BY_PLATFORM,
  RELATION_SERVES_PERSONA,
  describeMetadataProblem,
  isPersonaEntity,
  validateMetadata,
} from '@platform-product/backstage-plugin-platform-product-common';

/** The error name shown in the catalog's processing errors panel. */
const PROBLEM_ERROR_NAME = 'InvalidPlatformProductMetadata';

/**
 * Reads the entity refs in a list leniently: the ones that parse are used for relations even when a
 * neighbour in the same list is broken (that neighbour is reported as a problem instead).
 */
function refsIn(
  value: unknown,
  defaults: { defaultKind?: string; defaultNamespace: string },
): CompoundEntityRef[] {
  const items = Array.isArray(value) ? value : [value];
  const refs: CompoundEntityRef[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      continue;
    }
    try {
      refs.push(parseEntityRef(item, defaults));
    } catch {
      // reported by validateMetadata
    }
  }
  return refs;
}

/**
 * Validates Platform Product metadata (`spec.platform`, `spec.deprecation`, `kind: Persona`) and emits
 * its relations.
 *
 * Problems do not take the entity out of the catalog: an entity whose platform metadata is wrong is
 * still stored (its ownership, dependencies and every other relation still count), with each problem
 * attached as a catalog processing error in `status.items` — the catalog's entity page shows them in
 * its processing errors panel — and logged. Computations read the metadata through the validating
 * accessors of the common package, so an invalid block is never used as if it were valid.
 *
 * @public
 */
export class PlatformProductEntitiesProcessor implements CatalogProcessor {
  private readonly logger: LoggerService;

  constructor(options: { logger: LoggerService }) {
    this.logger = options.logger;
  }

  getProcessorName(): string {
    return 'PlatformProductEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    // A Persona is accepted whatever its spec holds; problems are reported in postProcessEntity.
    return isPersonaEntity(entity);
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const self = getCompoundEntityRef(entity);
    const namespace = self.namespace;
    const spec = (entity.spec ?? {}) as Record<string, any>;

    const emitPair = (
      target: CompoundEntityRef,
      forward: string,
      backward: string,
    ) => {
      emit(processingResult.relation({ source: self, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: backward,
          target: self,
        }),
      );
    };

    if (isPersonaEntity(entity)) {
      for (const group of refsIn(spec.groups ?? [], {
        defaultKind: 'group',
        defaultNamespace: namespace,
      })) {
        emitPair(
          group,
          RELATION_DESCRIBES_GROUP,
          RELATION_DESCRIBED_BY_PERSONA,
        );
      }
    } else {
      if (spec.platform && typeof spec.platform === 'object') {
        for (const persona of refsIn(spec.platform.personas ?? [], {
          defaultKind: PERSONA_KIND.toLocaleLowerCase('en-US'),
          defaultNamespace: namespace,
        })) {
          emitPair(
            persona,
            RELATION_SERVES_PERSONA,
            RELATION_SERVED_BY_PLATFORM,
          );
        }
      }
      if (spec.deprecation && typeof spec.deprecation === 'object') {
        if (spec.deprecation.replacedBy !== undefined) {
          for (const replacement of refsIn(spec.deprecation.replacedBy, {
            defaultKind: self.kind,
            defaultNamespace: namespace,
          })) {
            emitPair(replacement, RELATION_REPLACED_BY, RELATION_REPLACES);
          }
        }
      }
    }

    const { problems } = validateMetadata(entity);
    if (problems.length === 0) {
      return entity;
    }
    return this.withProblems(entity, problems);
  }

  private withProblems(
    entity: AlphaEntity,
    problems: MetadataProblem[],
  ): AlphaEntity {
    const ref = stringifyEntityRef(entity);
    this.logger.warn(
      `Invalid Platform Product metadata in ${ref}: ${problems
        .map(p => p.message)
        .join('; ')}`,
    );
    const items = problems.map(problem => {
      const message = describeMetadataProblem(entity, problem);
      return {
        type: ENTITY_STATUS_CATALOG_PROCESSING_TYPE,
        level: 'error' as const,
        message: `${PROBLEM_ERROR_NAME}: ${message}`,
        error: { name: PROBLEM_ERROR_NAME, message },
      };
    });
    return {
      ...entity,
      status: {
        ...entity.status,
        items: [...(entity.status?.items ?? []), ...items],
      },
    };
  }
}
