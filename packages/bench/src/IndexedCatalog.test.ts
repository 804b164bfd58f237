import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { IndexedCatalog } from './IndexedCatalog';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    title: name.toUpperCase(),
    uid: `uid-${kind}-${name}`,
    etag: 'e1',
  },
  spec: { type: 'service', profile: { displayName: name } },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team' }],
});

const entities = [
  ...Array.from({ length: 25 }, (_, i) => entity('Component', `svc-${i}`)),
  ...Array.from({ length: 7 }, (_, i) => entity('Group', `team-${i}`)),
  entity('Location', 'loc'),
];
const options = { credentials: mockCredentials.none() };

describe('IndexedCatalog', () => {
  const catalog = new IndexedCatalog(entities);

  it('returns entities by ref in order, undefined for unknown refs', async () => {
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: [
          'group:default/team-3',
          'component:default/nope',
          'Component:default/SVC-1',
        ],
      },
      options,
    );
    expect(items).toEqual([entities[28], undefined, entities[1]]);
    await expect(
      catalog.getEntityByRef('component:svc-2', options),
    ).resolves.toBe(entities[2]);
  });

  it('gives an entity without them a uid and an etag, as a real catalog does', async () => {
    const bare = entity('Component', 'bare');
    const { uid: _uid, etag: _etag, ...metadata } = bare.metadata;
    const withVersion = new IndexedCatalog([{ ...bare, metadata }]);
    const found = await withVersion.getEntityByRef(
      'component:default/bare',
      options,
    );
    expect(found?.metadata.uid).toEqual(expect.any(String));
    expect(found?.metadata.etag).toEqual(expect.any(String));
  });

  it('projects fields', async () => {
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: ['component:default/svc-0'],
        fields: ['kind', 'metadata.name', 'spec.profile.displayName', 'x.y'],
      },
      options,
    );
    expect(items).toEqual([
      {
        kind: 'Component',
        metadata: { name: 'svc-0' },
        spec: { profile: { displayName: 'svc-0' } },
      },
    ]);
  });

  it('applies a kind filter', async () => {
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: ['component:default/svc-0', 'group:default/team-0'],
        filter: { kind: 'group' },
      },
      options,
    );
    expect(items).toEqual([undefined, entities[25]]);
    const query = await catalog.queryEntities(
      { filter: { kind: ['Group', 'Location'] } },
      options,
    );
    expect(query.items).toEqual(entities.slice(25));
    expect(query.totalItems).toBe(8);
  });

  it('pages queryEntities through every entity exactly once', async () => {
    const fields = ['kind', 'metadata.name', 'metadata.namespace'];
    const seen: string[] = [];
    const cursors = new Set<string>();
    let page = await catalog.queryEntities(
      { filter: { kind: ['Component', 'Group'] }, fields, limit: 10 },
      options,
    );
    seen.push(...page.items.map(e => stringifyEntityRef(e)));
    while (page.pageInfo.nextCursor) {
      const cursor = page.pageInfo.nextCursor;
      expect(cursors.has(cursor)).toBe(false);
      cursors.add(cursor);
      page = await catalog.queryEntities(
        { cursor, fields, limit: 10 },
        options,
      );
      expect(page.totalItems).toBe(32);
      seen.push(...page.items.map(e => stringifyEntityRef(e)));
    }
    expect(cursors.size).toBe(3);
    expect(seen).toEqual(entities.slice(0, 32).map(e => stringifyEntityRef(e)));
    expect(page.items).toEqual([
      { kind: 'Group', metadata: { name: 'team-5', namespace: 'default' } },
      { kind: 'Group', metadata: { name: 'team-6', namespace: 'default' } },
    ]);
  });

  it('delegates what it does not index to the mock', async () => {
    const { items } = await catalog.queryEntities(
      { filter: { 'metadata.title': 'TEAM-1' } },
      options,
    );
    expect(items).toEqual([entities[26]]);
  });
});
