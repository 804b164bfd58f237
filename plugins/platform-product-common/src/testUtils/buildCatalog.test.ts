import { buildCatalog } from './buildCatalog';
import { BUILD_PLATFORM, buildPlatformCatalog } from './buildPlatformCatalog';
import { getPlatformSpec } from '../catalog/platformEntity';

describe('buildCatalog', () => {
  it('builds entities as the catalog returns them, each relation on both ends', () => {
    expect(
      buildCatalog(
        {
          'component:default/a': { title: 'A', spec: { type: 'service' } },
          'api:default/b': {},
        },
        [['component:default/a', 'consumesApi', 'api:default/b']],
      ),
    ).toEqual([
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'a', namespace: 'default', title: 'A' },
        spec: { type: 'service' },
        relations: [{ type: 'consumesApi', targetRef: 'api:default/b' }],
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: { name: 'b', namespace: 'default' },
        spec: {},
        relations: [
          { type: 'apiConsumedBy', targetRef: 'component:default/a' },
        ],
      },
    ]);
  });

  it('stores a relation on its first end only when asked, whichever way it is written', () => {
    const [team, user] = buildCatalog(
      { 'group:default/t': {}, 'user:default/u': {} },
      [['group:default/t', 'hasMember', 'user:default/u']],
      { oneSided: true },
    );
    expect(team.relations).toEqual([
      { type: 'hasMember', targetRef: 'user:default/u' },
    ]);
    expect(user.relations).toEqual([]);
  });

  it('says which relation or kind it does not know', () => {
    expect(() =>
      buildCatalog({ 'component:default/a': {} }, [
        ['component:default/a', 'likes', 'component:default/a'],
      ]),
    ).toThrow(/buildCatalog does not know the relation likes; use one of/);
    expect(() => buildCatalog({ 'location:default/x': {} }, [])).toThrow(
      /buildCatalog does not know the kind of location:default\/x/,
    );
  });
});

describe('buildPlatformCatalog', () => {
  it('holds one platform with a valid spec.platform', () => {
    const platforms = buildPlatformCatalog().filter(getPlatformSpec);
    expect(platforms.map(p => p.metadata.name)).toEqual(['build-platform']);
    expect(BUILD_PLATFORM).toBe('system:default/build-platform');
  });
});
