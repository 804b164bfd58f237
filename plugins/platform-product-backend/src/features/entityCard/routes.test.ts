import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(60_000);

const DEPLOY = 'system/default/deploy-platform';
const OWNER = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');
const SERVICE = mockCredentials.service.header();
const DAY = 24 * 60 * 60_000;
const iso = (ms: number) => new Date(TEST_NOW.getTime() + ms).toISOString();

describe('GET /entities/{kind}/{namespace}/{name}/card', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;

    async function call(test: request.Test): Promise<request.Response> {
      const response = await test;
      expectValidResponse(response);
      return response;
    }
    const get = (path: string, auth = GUEST) =>
      call(request(app).get(path).set('Authorization', auth));

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      ({ app } = await createTestApp({ knex, entities }));
      // Something for every part of the card: an announcement, a Now item for the personas of
      // the Checkout team (which owns checkout-service), and an open survey round.
      const post = (path: string, body: object) =>
        call(
          request(app).post(path).set('Authorization', OWNER).send(body),
        ).then(response => {
          if (response.status !== 201)
            throw new Error(JSON.stringify(response.body));
        });
      await post(`/platforms/${DEPLOY}/announcements`, {
        kind: 'planned-change',
        title: 'New deployments default to containerd',
        body: 'From the start of the window, new deployments run on **containerd**.',
        startsAt: iso(DAY),
        endsAt: iso(2 * DAY),
      });
      await post(`/platforms/${DEPLOY}/roadmap/items`, {
        horizon: 'now',
        title: 'One-step rollback',
        problem: 'Rolling back a bad deploy takes 20 minutes of manual steps',
        hypothesis: 'We believe one-step rollback will cut recovery time',
        confidence: 'high',
        status: 'committed',
        personas: ['persona:default/feature-engineer'],
        category: 'reliability',
        keyResultId: null,
      });
      await post(`/platforms/${DEPLOY}/surveys/rounds`, {
        title: 'Q1 2026',
        startsAt: iso(-DAY),
        endsAt: iso(14 * DAY),
      });
    });

    /** The card's parts, each as the older endpoint answers it on its own. */
    async function separately(ref: string, auth = GUEST) {
      const [platforms, roadmap, announcements, deprecations] =
        await Promise.all(
          ['platforms', 'roadmap', 'announcements', 'deprecations'].map(part =>
            get(`/entities/${ref}/${part}`, auth),
          ),
        );
      return {
        platforms: platforms.body.items,
        roadmap: {
          personas: roadmap.body.personas,
          platforms: roadmap.body.platforms,
        },
        announcements: announcements.body.items,
        deprecations: deprecations.body.items,
      };
    }

    it('answers in one request what the four entity endpoints answer, and the survey prompt', async () => {
      const card = await get(
        '/entities/component/default/checkout-service/card',
      );
      expect(card.status).toBe(200);
      const { surveyPrompt, entityRef, ...parts } = card.body;
      expect(entityRef).toBe('component:default/checkout-service');
      expect(parts).toEqual(
        await separately('component/default/checkout-service'),
      );
      expect(parts.platforms.length).toBeGreaterThan(0);
      expect(parts.announcements.map((a: any) => a.title)).toEqual([
        'New deployments default to containerd',
      ]);
      expect(parts.roadmap.platforms).toEqual([
        expect.objectContaining({
          platformRef: 'system:default/deploy-platform',
          items: [expect.objectContaining({ title: 'One-step rollback' })],
        }),
      ]);
      // The guest's team adopts the Deployment Platform, whose round is open.
      expect(surveyPrompt).toMatchObject({
        platformRef: 'system:default/deploy-platform',
        title: 'Q1 2026',
      });
    });

    it('carries the deprecations an entity consumes, with its own exception state', async () => {
      const card = await get(
        '/entities/component/default/content-service/card',
      );
      expect(card.status).toBe(200);
      expect(card.body.deprecations).toEqual(
        (await separately('component/default/content-service')).deprecations,
      );
      expect(card.body.deprecations).toEqual([
        expect.objectContaining({
          deprecation: expect.objectContaining({
            entityRef: 'resource:default/docker-runtime',
          }),
          consumer: expect.objectContaining({
            entityRef: 'component:default/content-service',
            exception: null,
          }),
        }),
      ]);
    });

    it('asks no survey of a service, which cannot answer one', async () => {
      const card = await get(
        '/entities/component/default/checkout-service/card',
        SERVICE,
      );
      expect(card.status).toBe(200);
      expect(card.body.surveyPrompt).toBeNull();
      expect(card.body.platforms.length).toBeGreaterThan(0);
    });

    it('answers an entity that relies on no platform with empty parts', async () => {
      const card = await get('/entities/group/default/team-checkout/card');
      expect(card.status).toBe(200);
      expect(card.body).toMatchObject({
        platforms: [],
        roadmap: { platforms: [] },
        announcements: [],
        deprecations: [],
        // A round is open for the guest, but a page without platforms shows no prompt, and asking
        // would record it as shown.
        surveyPrompt: null,
      });
    });

    it('answers 404 naming an entity that does not exist', async () => {
      const card = await get('/entities/component/default/ghost/card');
      expect(card.status).toBe(404);
      expect(card.body.error.message).toBe(
        'component:default/ghost was not found in the catalog; check the kind, namespace and name',
      );
    });
  });
});
