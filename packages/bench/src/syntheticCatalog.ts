import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { unitHash as unit } from 'demo-data';

/** The shape of a synthetic organisation for the benchmark. */
export interface SyntheticCatalogOptions {
  /** Every entity counted: groups, users, personas, platforms and their parts, consumers. */
  entities: number;
  teams: number;
  platforms: number;
  orgs?: number;
}

/**
 * The organisation behind a catalog of `entities`, as issue 14 sets it: 500 teams and 20
 * platforms up to 10,000 entities; from 50,000 a team per 20 entities and a platform per 500
 * (2,500 teams, 100 platforms and 5,000 users at 50,000).
 */
export function catalogShape(entities: number): {
  teams: number;
  platforms: number;
} {
  return entities >= 50_000
    ? {
        teams: Math.round(entities / 20),
        platforms: Math.round(entities / 500),
      }
    : { teams: 500, platforms: 20 };
}

type Relation = { type: string; targetRef: string };

/**
 * Builds a catalog the way the catalog would serve it (relations in both directions included):
 * orgs and teams, a user per team when there is room, four personas, `platforms` platform Systems
 * each with an API and a Component, and consumer services filling the rest. Platform k is adopted
 * by a share of consumers that falls from about 90 % to about 2 %, so adoption differs as in a
 * real organisation.
 */
export function syntheticCatalog(options: SyntheticCatalogOptions): Entity[] {
  const orgs = options.orgs ?? 10;
  const relations = new Map<string, Relation[]>();
  const entities: Entity[] = [];
  const relate = (from: string, type: string, to: string, back: string) => {
    if (!relations.has(from)) relations.set(from, []);
    if (!relations.has(to)) relations.set(to, []);
    relations.get(from)!.push({ type, targetRef: to });
    relations.get(to)!.push({ type: back, targetRef: from });
  };
  const add = (entity: Entity) => {
    entities.push(entity);
    return stringifyEntityRef(entity);
  };
  const group = (name: string, type: string) =>
    add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type, children: [] },
    });

  const orgRefs = Array.from({ length: orgs }, (_, i) =>
    group(`org-${i}`, 'org'),
  );
  const teamRefs = Array.from({ length: options.teams }, (_, i) => {
    const ref = group(`team-${i}`, 'team');
    relate(ref, 'childOf', orgRefs[i % orgs], 'parentOf');
    return ref;
  });

  const personaRefs = [
    'feature-engineer',
    'sre',
    'data-engineer',
    'frontend',
  ].map((name, p) => {
    const ref = add({
      apiVersion: 'platform-product.dev/v1alpha1',
      kind: 'Persona',
      metadata: { name, namespace: 'default', title: name },
      spec: { jobsToBeDone: ['ship'] },
    });
    teamRefs
      .filter((_, t) => t % 4 === p)
      .forEach(team =>
        relate(ref, 'describesGroup', team, 'describedByPersona'),
      );
    return ref;
  });

  const platformParts: string[][] = [];
  for (let k = 0; k < options.platforms; k++) {
    const owner = teamRefs[k % teamRefs.length];
    const platformRef = add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        name: `platform-${k}`,
        namespace: 'default',
        title: `Platform ${k}`,
      },
      spec: {
        owner,
        platform: {
          category: 'deployment',
          personas: [personaRefs[k % personaRefs.length]],
          slos: [
            {
              name: 'availability',
              indicator: {
                ratioMetric: {
                  good: { metric: `platform_${k}_good` },
                  total: { metric: `platform_${k}_total` },
                },
              },
              timeWindow: [{ duration: '30d', isRolling: true }],
              budgetingMethod: 'Occurrences',
              objectives: [{ target: 0.999 }],
            },
          ],
          support: { channel: `#platform-${k}`, responseTimes: { p1: '15m' } },
          hoursSavedPerTeamPerMonth: 5,
        },
      },
    });
    relate(platformRef, 'ownedBy', owner, 'ownerOf');
    relate(
      platformRef,
      'servesPersona',
      personaRefs[k % personaRefs.length],
      'servedByPlatform',
    );
    const apiRef = add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: `platform-${k}-api`, namespace: 'default' },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner,
        system: `platform-${k}`,
        definition: '{}',
      },
    });
    const coreRef = add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `platform-${k}-core`, namespace: 'default' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner,
        system: `platform-${k}`,
      },
    });
    for (const part of [apiRef, coreRef]) {
      relate(part, 'ownedBy', owner, 'ownerOf');
      relate(part, 'partOf', platformRef, 'hasPart');
    }
    relate(coreRef, 'providesApi', apiRef, 'apiProvidedBy');
    platformParts.push([apiRef, coreRef]);
  }

  const fixed = entities.length;
  const users = Math.max(
    0,
    Math.min(options.teams * 2, options.entities - fixed - options.teams),
  );
  for (let u = 0; u < users; u++) {
    const ref = add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `user-${u}`, namespace: 'default' },
      spec: { memberOf: [teamRefs[u % teamRefs.length]] },
    });
    relate(ref, 'memberOf', teamRefs[u % teamRefs.length], 'hasMember');
  }

  const consumers = options.entities - entities.length;
  for (let c = 0; c < consumers; c++) {
    const owner = teamRefs[c % teamRefs.length];
    const ref = add({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `service-${c}`, namespace: 'default' },
      spec: { type: 'service', lifecycle: 'production', owner },
    });
    relate(ref, 'ownedBy', owner, 'ownerOf');
    for (let k = 0; k < options.platforms; k++) {
      const share = 0.9 - (0.88 * k) / Math.max(1, options.platforms - 1);
      if (unit(`${c}/${k}`) < share) {
        const [apiRef, coreRef] = platformParts[k];
        if (unit(`${c}/${k}/how`) < 0.5) {
          relate(ref, 'consumesApi', apiRef, 'apiConsumedBy');
        } else {
          relate(ref, 'dependsOn', coreRef, 'dependencyOf');
        }
      }
    }
  }

  return entities.map(entity => ({
    ...entity,
    relations: relations.get(stringifyEntityRef(entity)) ?? [],
  }));
}
