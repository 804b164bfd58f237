import { JsonValue } from '@backstage/types';
import { Entity } from '@backstage/catalog-model';
import { platformSpecOf } from './platformSpecOf';

const platform = (platformSpec: JsonValue | undefined): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'deploy-platform' },
  spec: { owner: 'group:default/platform-team', platform: platformSpec },
});

const VALID = {
  category: 'deployment',
  personas: ['persona:default/feature-engineer'],
};

describe('platformSpecOf', () => {
  it('parses a declaration once and an edited one anew', () => {
    const declared = {
      category: 'deployment',
      personas: ['persona:default/feature-engineer'],
      hoursSavedPerTeamPerMonth: 4,
    };
    const first = platformSpecOf(platform(declared));
    expect(first?.hoursSavedPerTeamPerMonth).toBe(4);
    // The same declaration read again (a new object, as from the catalog): the same answer.
    expect(platformSpecOf(platform(structuredClone(declared)))).toBe(first);
    const edited = platformSpecOf(
      platform({ ...declared, hoursSavedPerTeamPerMonth: 6 }),
    );
    expect(edited?.hoursSavedPerTeamPerMonth).toBe(6);
  });

  it('knows an entity by its uid and etag, which the catalog changes with every change', () => {
    const versioned = (etag: string, hours: number): Entity => {
      const entity = platform({ ...VALID, hoursSavedPerTeamPerMonth: hours });
      return {
        ...entity,
        metadata: { ...entity.metadata, uid: 'u-1', etag },
      };
    };
    const first = platformSpecOf(versioned('e-1', 1));
    expect(platformSpecOf(versioned('e-1', 1))).toBe(first);
    expect(platformSpecOf(versioned('e-2', 2))?.hoursSavedPerTeamPerMonth).toBe(
      2,
    );
  });

  it('answers undefined for a missing or invalid declaration, every time', () => {
    expect(platformSpecOf(platform(undefined))).toBeUndefined();
    expect(
      platformSpecOf({ ...platform(undefined), spec: undefined }),
    ).toBeUndefined();
    const invalid = platform({ personas: 'not a list' });
    expect(platformSpecOf(invalid)).toBeUndefined();
    expect(platformSpecOf(invalid)).toBeUndefined();
  });

  it('keeps answering after more declarations than it keeps', () => {
    for (let i = 0; i < 1_100; i++) {
      expect(
        platformSpecOf(platform({ ...VALID, hoursSavedPerTeamPerMonth: i }))
          ?.hoursSavedPerTeamPerMonth,
      ).toBe(i);
    }
    expect(
      platformSpecOf(platform({ ...VALID, hoursSavedPerTeamPerMonth: 0 }))
        ?.hoursSavedPerTeamPerMonth,
    ).toBe(0);
  });
});
