// The bench's catalog. `catalogServiceMock` rebuilds a map of every entity on every call, so the
// figures at 10,000 entities measured the mock. Like a real catalog's tables, this answers from
// indexes built once (by lower-case ref, by kinds); what it does not index goes to a mock built once.

import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogService,
  CatalogServiceRequestOptions as Options,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

type Request<M extends keyof CatalogService> = Parameters<CatalogService[M]>[0];

const lower = (s: string) => s.toLocaleLowerCase('en-US');

/** An indexed `queryEntities` cursor: `indexed:<offset>:<kinds, or * for all>`. */
const encodeCursor = (offset: number, kinds?: string[]) =>
  `indexed:${offset}:${kinds ? kinds.join(',') : '*'}`;
function decodeCursor(cursor: string) {
  const [tag, offset, kinds] = cursor.split(':');
  if (tag !== 'indexed' || kinds === undefined) return undefined;
  return {
    offset: Number(offset),
    kinds: kinds === '*' ? undefined : kinds.split(','),
  };
}

/**
 * The lower-case kinds a filter asks for: undefined for no filter (every entity), null when the
 * filter has anything besides `kind` with string values (not indexed: the mock answers it).
 */
function kindsOf(filter: unknown): string[] | undefined | null {
  if (filter === undefined) return undefined;
  const kinds = new Set<string>();
  for (const f of [filter].flat() as Record<string, unknown>[]) {
    const entries = Object.entries(f ?? {});
    if (entries.length !== 1 || lower(entries[0][0]) !== 'kind') return null;
    const values = [entries[0][1]].flat();
    if (!values.every(v => typeof v === 'string')) return null;
    values.forEach(v => kinds.add(lower(v as string)));
  }
  return [...kinds].sort();
}

/** `fields` as the mock (and the catalog) apply them: each dotted path copied when present. */
function project(entity: Entity, fields?: string[]): Entity {
  if (!fields?.length) return entity;
  const out: any = {};
  for (const field of fields) {
    const parts = field.split('.');
    const path: string[] = [];
    let value: any = entity;
    let pending = '';
    for (let i = 0; i < parts.length && value !== undefined; i++) {
      const key = pending ? `${pending}.${parts[i]}` : parts[i];
      if (value !== null && typeof value === 'object' && key in value) {
        path.push(key);
        value = value[key];
        pending = '';
      } else {
        if (i === parts.length - 1) value = undefined;
        pending = key; // a key with a dot in it, e.g. an annotation
      }
    }
    if (value === undefined || !path.length) continue;
    let target = out;
    for (const key of path.slice(0, -1)) target = target[key] ??= {};
    target[path[path.length - 1]] = value;
  }
  return out;
}

/** A `CatalogService` over a fixed list of entities, answering the common calls from indexes. */
export class IndexedCatalog implements CatalogService {
  #entities: Entity[];
  #byRef = new Map<string, Entity>();
  #byKinds = new Map<string, Entity[]>();
  #mock: CatalogService;

  constructor(entities: Entity[]) {
    // A real catalog gives every entity a uid and an etag that changes with every change to it.
    this.#entities = entities.map((entity, i) =>
      entity.metadata.uid && entity.metadata.etag
        ? entity
        : {
            ...entity,
            metadata: {
              ...entity.metadata,
              uid: entity.metadata.uid ?? `bench-${i}`,
              etag: entity.metadata.etag ?? `v1-${i}`,
            },
          },
    );
    this.#mock = catalogServiceMock({ entities: this.#entities });
    this.#index();
  }

  /** A service factory that serves this instance to every plugin of a backend. */
  factory() {
    return createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => this,
    });
  }

  #index() {
    const refs = this.#entities.map(e => lower(stringifyEntityRef(e)));
    this.#byRef = new Map(refs.map((ref, i) => [ref, this.#entities[i]]));
    this.#byKinds.clear();
  }

  /** The entities of these kinds, in catalog order, computed once per kind set. */
  #list(kinds: string[] | undefined): Entity[] {
    if (!kinds) return this.#entities;
    const key = kinds.join(',');
    if (!this.#byKinds.has(key)) {
      const list = this.#entities.filter(e => kinds.includes(lower(e.kind)));
      this.#byKinds.set(key, list);
    }
    return this.#byKinds.get(key)!;
  }

  async getEntitiesByRefs(
    request: Request<'getEntitiesByRefs'>,
    options: Options,
  ) {
    const kinds = kindsOf(request.filter);
    if (kinds === null || request.query) {
      return this.#mock.getEntitiesByRefs(request, options);
    }
    const find = (ref: string) => {
      const entity = this.#byRef.get(lower(ref));
      return entity && (!kinds || kinds.includes(lower(entity.kind)))
        ? project(entity, request.fields)
        : undefined;
    };
    return { items: request.entityRefs.map(find) };
  }

  async getEntityByRef(ref: Request<'getEntityByRef'>, _options: Options) {
    const parsed = typeof ref === 'string' ? parseEntityRef(ref) : ref;
    return this.#byRef.get(lower(stringifyEntityRef(parsed)));
  }

  async queryEntities(request: Request<'queryEntities'>, options: Options) {
    let kinds: string[] | undefined | null;
    let offset: number;
    if (request && 'cursor' in request) {
      const cursor = decodeCursor(request.cursor);
      if (!cursor) return this.#mock.queryEntities(request, options);
      kinds = cursor.kinds;
      offset = cursor.offset;
    } else {
      kinds = kindsOf(request?.filter);
      const r = request as Record<string, unknown> | undefined;
      if (kinds === null || r?.query || r?.orderFields || r?.fullTextFilter) {
        return this.#mock.queryEntities(request, options);
      }
      offset = request?.offset ?? 0;
    }
    const list = this.#list(kinds);
    const totalItems = list.length;
    const limit = request?.limit ?? totalItems;
    const page = list.slice(offset, offset + limit);
    const pageInfo: { nextCursor?: string; prevCursor?: string } = {};
    if (offset + limit < totalItems) {
      pageInfo.nextCursor = encodeCursor(offset + limit, kinds);
    }
    if (offset > 0) {
      pageInfo.prevCursor = encodeCursor(Math.max(0, offset - limit), kinds);
    }
    const items = page.map(e => project(e, request?.fields));
    return { items, totalItems, pageInfo };
  }

  async removeEntityByUid(uid: string, options: Options): Promise<void> {
    await this.#mock.removeEntityByUid(uid, options); // the mock holds its own copy
    this.#entities = this.#entities.filter(e => e.metadata.uid !== uid);
    this.#index();
  }

  // Not indexed (the plugin and Tech Insights do not call them): the mock's semantics.
  getEntities = this.#delegate('getEntities');
  getEntityAncestors = this.#delegate('getEntityAncestors');
  refreshEntity = this.#delegate('refreshEntity');
  getEntityFacets = this.#delegate('getEntityFacets');
  streamEntities = this.#delegate('streamEntities');
  getLocations = this.#delegate('getLocations');
  queryLocations = this.#delegate('queryLocations');
  streamLocations = this.#delegate('streamLocations');
  getLocationById = this.#delegate('getLocationById');
  getLocationByRef = this.#delegate('getLocationByRef');
  addLocation = this.#delegate('addLocation');
  removeLocationById = this.#delegate('removeLocationById');
  updateLocation = this.#delegate('updateLocation');
  getLocationByEntity = this.#delegate('getLocationByEntity');
  validateEntity = this.#delegate('validateEntity');
  analyzeLocation = this.#delegate('analyzeLocation');

  #delegate<M extends keyof CatalogService>(method: M): CatalogService[M] {
    return ((...args: unknown[]) =>
      (this.#mock[method] as Function)(...args)) as CatalogService[M];
  }
}
