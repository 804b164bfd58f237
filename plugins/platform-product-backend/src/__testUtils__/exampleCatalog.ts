import fs from 'node:fs';
import path from 'node:path';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BuiltinKindsEntityProcessor } from '@backstage/plugin-catalog-backend';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import {
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
} from '@platform-product/backstage-plugin-platform-product-common';
import { parse, parseAllDocuments } from 'yaml';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

let loaded: Promise<Entity[]> | undefined;

/**
 * The Acme example organisation (examples/all.yaml and its targets) as the catalog returns it:
 * namespaces filled in and relations attached by the catalog's own `BuiltinKindsEntityProcessor`,
 * plus the persona → group relations the Platform Product catalog module emits.
 */
export function loadExampleCatalog(): Promise<Entity[]> {
  loaded ??= load();
  return loaded.then(entities => structuredClone(entities));
}

async function load(): Promise<Entity[]> {
  const location = parse(
    fs.readFileSync(path.join(EXAMPLES, 'all.yaml'), 'utf8'),
  );
  const entities: Entity[] = (location.spec.targets as string[]).flatMap(
    target =>
      parseAllDocuments(
        fs.readFileSync(path.join(EXAMPLES, target), 'utf8'),
      ).map(document => {
        const entity = document.toJSON() as Entity;
        entity.metadata.namespace ??= 'default';
        return entity;
      }),
  );
  const relations = new Map<string, Array<{ type: string; targetRef: string }>>(
    entities.map(entity => [stringifyEntityRef(entity), []]),
  );
  const addRelation = (source: string, type: string, target: string) =>
    relations.get(source)?.push({ type, targetRef: target });

  const processor = new BuiltinKindsEntityProcessor();
  const location0 = { type: 'file', target: path.join(EXAMPLES, 'all.yaml') };
  for (const entity of entities) {
    const emit = (result: CatalogProcessorResult) => {
      if (result.type === 'relation') {
        addRelation(
          stringifyEntityRef(result.relation.source),
          result.relation.type,
          stringifyEntityRef(result.relation.target),
        );
      }
    };
    if (await processor.validateEntityKind(entity)) {
      await processor.postProcessEntity(
        await processor.preProcessEntity(entity),
        location0,
        emit,
      );
    }
    if (entity.kind === 'Persona') {
      const personaRef = stringifyEntityRef(entity);
      for (const group of (entity.spec?.groups as string[]) ?? []) {
        const groupRef = stringifyEntityRef(
          parseEntityRef(group, {
            defaultKind: 'group',
            defaultNamespace: 'default',
          }),
        );
        addRelation(personaRef, RELATION_DESCRIBES_GROUP, groupRef);
        addRelation(groupRef, RELATION_DESCRIBED_BY_PERSONA, personaRef);
      }
    }
  }
  return entities.map(entity => ({
    ...entity,
    relations: relations.get(stringifyEntityRef(entity)),
  }));
}
