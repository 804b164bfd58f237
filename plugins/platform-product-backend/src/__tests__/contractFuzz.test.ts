import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import fs from 'node:fs';
// Not yet in this package's devDependencies (installed, hoisted): add it there, then drop this.
import fc from 'fast-check';
import { Knex } from 'knex';
import request from 'supertest';
import { platformProductPlugin } from '../plugin';
import { createTestApp } from '../__testUtils__/createTestApp';
import {
  ContractOperation,
  contractOperations,
  pathOf,
} from '../__testUtils__/contractOperations';
import { countRows } from '../__testUtils__/countRows';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import {
  cornerCases,
  describeRequest,
  FuzzRequest,
  malformedRequests,
  toJsonText,
  ValidRequest,
} from '../__testUtils__/malformedRequests';

/**
 * Every operation of src/schema/openapi.yaml, walked from the contract: without a token it answers
 * 401; with one, malformed bodies, path parameters, query strings and If-Match headers get a 4xx
 * with a message, never a 5xx, and write nothing. Fixed seeds, so a failure repeats.
 */

jest.setTimeout(120_000);

/** Malformed requests per operation. */
const RUNS = 30;
/** The longest error message accepted: a message quotes a short prefix of a bad value, not all of it. */
const MAX_MESSAGE_LENGTH = 10_000;

/**
 * Operations that answer some malformed request with a 5xx, and why (see issue 13). Their case is
 * expected to fail; remove an entry when the fix lands (the case then fails as "passed").
 */
const KNOWN_5XX: Record<string, string> = {};

/**
 * Operations that accept some malformed request (a 2xx, a write, or an unbounded message) without a
 * 5xx, and why (see issue 13). Their strict case is expected to fail; a separate case still checks
 * that they never answer 5xx.
 */
const KNOWN_ACCEPTED: Record<string, string> = {};

/**
 * Valid requests refused with a 409 by a check that comes after every check of their shape, when
 * sent one after the other as below.
 */
const VALID_BUT_REFUSED: Record<string, number> = {
  // The seeded round is open, and a platform has one open round at a time.
  OpenSurveyRound: 409,
  // The seeded request for the same consumer is still pending.
  RequestDeprecationException: 409,
  // UpdateRoadmapItem, sent before, moved the item to version 2.
  MoveRoadmapItem: 409,
  ReviewRoadmapItem: 409,
};

/** The day the fuzzed backend lives on: the Docker runtime's deprecation is announced, not past. */
const NOW = new Date('2026-11-25T09:00:00Z');
const DEPLOY_PATH = {
  kind: 'system',
  namespace: 'default',
  name: 'deploy-platform',
};
const WORKER = 'component:default/order-confirmation-worker';
const NOAH = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');
const SERVICE = mockCredentials.service.header();

const operations = contractOperations();

/**
 * With FUZZ_REPORT=<file>, every fault is written to <file>.<database> instead of failing the first
 * case, to see at once what is left to fix.
 */
const REPORT: string[] | undefined = process.env.FUZZ_REPORT ? [] : undefined;

/** A stable seed per operation, so adding one to the contract does not reshuffle the others. */
function seedOf(operationId: string): number {
  let hash = 13;
  for (const char of operationId) {
    hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  }
  return hash;
}

/** What the fuzzed operations need to exist: one of each thing a path can name. */
interface Seeded {
  roundId: string;
  objectiveId: string;
  keyResultId: string;
  announcementId: string;
  itemId: string;
  evidenceId: string;
  exceptionId: string;
}

const roundInput = {
  title: 'Fuzz round',
  question: 'What hurts most?',
  startsAt: '2026-11-20T00:00:00Z',
  endsAt: '2026-12-20T00:00:00Z',
};
const objectiveInput = {
  title: 'Teams ship faster',
  description: 'Cut the time from commit to production.',
  category: 'engineering-velocity',
  period: '2026-Q4',
};
const keyResultInput = {
  title: 'Production deployments a day',
  binding: {
    type: 'metric',
    metric: 'deployments',
    aggregation: 'rate',
    window: '7d',
    labels: { env: 'prod' },
  },
  baseline: 1,
  target: 3,
  direction: 'increase',
};
const announcementInput = {
  kind: 'maintenance',
  title: 'Cluster upgrade',
  body: 'Deploys pause for **ten minutes**.',
  startsAt: '2026-11-26T09:00:00Z',
  endsAt: '2026-11-26T10:00:00Z',
};
const itemInput = {
  horizon: 'next',
  title: 'Faster rollbacks',
  problem: 'Rolling back a bad deploy takes 20 minutes of manual steps',
  hypothesis:
    'We believe one-step rollback will cut recovery time, measured by MTTR',
  confidence: 'medium',
  status: 'committed',
  personas: ['persona:default/sre-oncall'],
  category: 'reliability',
  keyResultId: null,
};
const evidenceInput = {
  source: 'office-hours',
  text: 'Rollbacks take a whole afternoon',
  personaRefs: ['persona:default/sre-oncall'],
};
const exceptionInput = {
  consumerRef: WORKER,
  reason: 'Peak season freeze until February',
  requestedEnd: '2027-03-31',
};

async function seed(app: express.Express): Promise<Seeded> {
  const base = '/platforms/system/default/deploy-platform';
  const post = async (path: string, body: object, auth = NOAH) => {
    const response = await request(app)
      .post(path)
      .set('Authorization', auth)
      .send(body);
    if (response.status >= 300) {
      throw new Error(
        `seeding POST ${path} answered ${response.status}: ${JSON.stringify(
          response.body,
        )}`,
      );
    }
    return response.body;
  };
  const round = await post(`${base}/surveys/rounds`, roundInput);
  const objective = await post(`${base}/objectives`, {
    id: 'fuzz-objective',
    ...objectiveInput,
  });
  const keyResult = await post(
    `${base}/objectives/${objective.id}/key-results`,
    { id: 'fuzz-key-result', ...keyResultInput },
  );
  const announcement = await post(`${base}/announcements`, announcementInput);
  const item = await post(`${base}/roadmap/items`, itemInput);
  const evidence = await post(
    `${base}/roadmap/items/${item.id}/evidence`,
    evidenceInput,
  );
  const exception = await post(
    '/deprecations/resource/default/docker-runtime/exceptions',
    exceptionInput,
    GUEST,
  );
  return {
    roundId: round.id,
    objectiveId: objective.id,
    keyResultId: keyResult.id,
    announcementId: announcement.id,
    itemId: item.id,
    evidenceId: evidence.items[0].id,
    exceptionId: exception.id,
  };
}

/** The path values of an operation that name seeded things. */
function pathValues(
  operation: ContractOperation,
  seeded: Seeded,
): Record<string, string> {
  let entity = DEPLOY_PATH;
  if (operation.template.startsWith('/deprecations/')) {
    entity = { kind: 'resource', namespace: 'default', name: 'docker-runtime' };
  } else if (operation.template.startsWith('/entities/')) {
    entity = {
      kind: 'component',
      namespace: 'default',
      name: 'order-confirmation-worker',
    };
  }
  return { ...entity, ...seeded };
}

/** Who calls each operation, and with what valid body: the request the malformed ones vary. */
function validRequestOf(
  operation: ContractOperation,
  seeded: Seeded,
): ValidRequest & { auth: string } {
  const path = pathValues(operation, seeded);
  const bodies: Record<string, { auth?: string; body: unknown }> = {
    IngestMetrics: {
      auth: SERVICE,
      body: {
        points: [
          {
            entityRef: 'system:default/deploy-platform',
            metric: 'deploy_api_requests_total',
            timestamp: '2026-11-25T08:00:00.000Z',
            value: 10,
            labels: { region: 'eu' },
          },
        ],
      },
    },
    SnoozeSurveyPrompt: { body: { days: 3 } },
    OpenSurveyRound: { body: roundInput },
    AnswerSurveyRound: { body: { score: 7, comment: 'Fine', signed: false } },
    RequestDeprecationException: { auth: GUEST, body: exceptionInput },
    DecideDeprecationException: {
      body: { decision: 'approved', reason: 'Fine until the freeze ends' },
    },
    CreateObjective: { body: { id: 'another-objective', ...objectiveInput } },
    UpdateObjective: { body: { ...objectiveInput, version: 1 } },
    CreateKeyResult: { body: { id: 'another-key-result', ...keyResultInput } },
    UpdateKeyResult: { body: { ...keyResultInput, version: 1 } },
    PostAnnouncement: { body: announcementInput },
    EditAnnouncement: { body: { ...announcementInput, version: 1 } },
    CreateRoadmapItem: { body: itemInput },
    UpdateRoadmapItem: { body: { title: 'Faster rollbacks, now', version: 1 } },
    MoveRoadmapItem: { body: { horizon: 'now', position: 0, version: 1 } },
    ReviewRoadmapItem: {
      body: { outcome: 'held', notes: 'MTTR halved', version: 1 },
    },
    AddRoadmapItemEvidence: { body: evidenceInput },
    ImportAdoptionHistory: {
      body: {
        points: [{ day: '2026-01-01', adoptingTeams: 1, audienceTeams: 2 }],
      },
    },
    SetInvestmentMix: {
      body: {
        mix: {
          'new-capability': 50,
          reliability: 30,
          'developer-experience': 15,
          cost: 5,
        },
      },
    },
  };
  const given = bodies[operation.operationId];
  return { auth: given?.auth ?? NOAH, path, body: given?.body };
}

async function send(
  app: express.Express,
  fuzzRequest: FuzzRequest,
  auth?: string,
): Promise<request.Response> {
  let test = request(app)[fuzzRequest.method](fuzzRequest.url);
  if (auth) test = test.set('Authorization', auth);
  for (const [name, value] of Object.entries(fuzzRequest.headers)) {
    test = test.set(name, value);
  }
  if (fuzzRequest.body !== undefined) {
    test = test
      .set('Content-Type', 'application/json')
      .send(toJsonText(fuzzRequest.body));
  }
  return test;
}

/** Whether a path still reaches the operation; `..` and broken escapes may lead elsewhere. */
function reaches(operation: ContractOperation, response: request.Response) {
  const sent = (response as unknown as { req: { path: string } }).req.path;
  const pattern = new RegExp(
    `^${operation.template
      .replace(/\./g, '\\.')
      .replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`,
  );
  return pattern.test(sent);
}

/** Why an answer to a malformed request is wrong, or undefined when it is right. */
function faultOf(
  operation: ContractOperation,
  fuzzRequest: FuzzRequest,
  response: request.Response,
  rowsChanged: string[],
  options: { strict: boolean },
): string | undefined {
  const message = response.body?.error?.message;
  if (response.status === 404 && !reaches(operation, response)) {
    // The path names no route at all, which the backend answers with an empty 404.
    return rowsChanged.length > 0
      ? `changed the row counts of ${rowsChanged.join(', ')}`
      : undefined;
  }
  const answered = `answered ${response.status} ${
    typeof message === 'string'
      ? JSON.stringify(message.slice(0, 300))
      : JSON.stringify(response.body ?? response.text).slice(0, 300)
  }`;
  if (response.status >= 500) return answered;
  if (response.status >= 400 && typeof message !== 'string') {
    return `${answered}, without error.message`;
  }
  if (!options.strict) return undefined;
  if (
    fuzzRequest.mustRefuse &&
    (response.status < 400 || response.status >= 500)
  ) {
    return `${answered}: a malformed request must be refused with a 4xx`;
  }
  if (typeof message === 'string' && message.length > MAX_MESSAGE_LENGTH) {
    return `${answered}: a message of ${message.length} characters echoes the input`;
  }
  if (fuzzRequest.mustRefuse && rowsChanged.length > 0) {
    return `${answered} and changed the row counts of ${rowsChanged.join(
      ', ',
    )}`;
  }
  return undefined;
}

describe('the OpenAPI contract, walked operation by operation', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  it('has operations to walk, each with a unique id', () => {
    const ids = operations.map(o => o.operationId);
    expect(ids.length).toBeGreaterThan(50);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('answers 401 to every operation but /health without a token or with a forged one', async () => {
      const { server } = await startTestBackend({
        features: [
          platformProductPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
        ],
      });
      const placeholders: Seeded = {
        roundId: 'r',
        objectiveId: 'o',
        keyResultId: 'k',
        announcementId: 'a',
        itemId: 'i',
        evidenceId: 'v',
        exceptionId: 'e',
      };
      const answers: string[] = [];
      for (const operation of operations) {
        const valid = validRequestOf(operation, placeholders);
        const url = `/api/platform-product${pathOf(operation, valid.path)}`;
        const tokens = operation.authenticated
          ? [undefined, 'Bearer forged.token.value']
          : [undefined];
        for (const auth of tokens) {
          let test = request(server)[operation.method](url);
          if (auth) test = test.set('Authorization', auth);
          if (valid.body !== undefined) test = test.send(valid.body as object);
          const response = await test;
          answers.push(
            `${operation.operationId} ${auth ? 'forged' : 'no'} token: ${
              response.status
            } ${response.body?.error?.name ?? ''}`,
          );
        }
      }
      expect(answers).toEqual(
        operations.flatMap(({ operationId, authenticated }) =>
          authenticated
            ? [
                `${operationId} no token: 401 AuthenticationError`,
                `${operationId} forged token: 401 AuthenticationError`,
              ]
            : [`${operationId} no token: 200 `],
        ),
      );
    });

    it('accepts the valid requests that the malformed ones vary, so the fuzz reaches every check', async () => {
      const knex = await databases.init(databaseId);
      const { app } = await createTestApp({ knex, entities, now: () => NOW });
      const seeded = await seed(app);
      const answers: Record<string, number | 'accepted'> = {};
      for (const operation of operations.filter(o => o.body)) {
        const valid = validRequestOf(operation, seeded);
        const response = await request(app)
          [operation.method](pathOf(operation, valid.path))
          .set('Authorization', valid.auth)
          .send(valid.body as object);
        answers[operation.operationId] =
          response.status < 300 ? 'accepted' : response.status;
      }
      expect(answers).toEqual(
        Object.fromEntries(
          operations
            .filter(o => o.body)
            .map(({ operationId }) => [
              operationId,
              VALID_BUT_REFUSED[operationId] ?? 'accepted',
            ]),
        ),
      );
    });

    describe('with a token, malformed input', () => {
      let app: express.Express;
      let knex: Knex;
      let seeded: Seeded;

      beforeAll(async () => {
        knex = await databases.init(databaseId);
        const testApp = await createTestApp({ knex, entities, now: () => NOW });
        app = testApp.app;
        seeded = await seed(app);
      });

      const cornerCasesOf = (operation: ContractOperation) =>
        cornerCases(operation, validRequestOf(operation, seeded)).map(
          fuzzRequest => [fuzzRequest] as [FuzzRequest],
        );

      afterAll(() => {
        if (REPORT) {
          fs.writeFileSync(
            `${process.env.FUZZ_REPORT}.${databaseId}`,
            `${REPORT.splice(0).join('\n')}\n`,
          );
        }
      });

      const property = (
        operation: ContractOperation,
        options: { strict: boolean },
      ) =>
        fc.asyncProperty(
          fc
            .constant(null)
            .chain(() =>
              malformedRequests(operation, validRequestOf(operation, seeded)),
            ),
          async fuzzRequest => {
            const { auth } = validRequestOf(operation, seeded);
            const before = await countRows(knex);
            const response = await send(app, fuzzRequest, auth);
            const after = await countRows(knex);
            const changed = Object.keys(after).filter(
              table => after[table] !== before[table],
            );
            const fault = faultOf(
              operation,
              fuzzRequest,
              response,
              changed,
              options,
            );
            if (fault && REPORT) {
              REPORT.push(
                `${operation.operationId}: ${describeRequest(
                  fuzzRequest,
                )} ${fault}`,
              );
            } else if (fault) {
              throw new Error(`${describeRequest(fuzzRequest)} ${fault}`);
            }
          },
        );

      for (const operation of operations) {
        const { operationId } = operation;
        const known = KNOWN_5XX[operationId] ?? KNOWN_ACCEPTED[operationId];
        const strict = known ? it.failing : it;
        strict(
          `${operationId} refuses malformed requests with a 4xx and a message, and writes nothing${
            known ? ` (known to fail: ${known})` : ''
          }`,
          async () => {
            await fc.assert(property(operation, { strict: true }), {
              seed: seedOf(operationId),
              numRuns: RUNS,
              endOnFailure: Boolean(known),
              examples: cornerCasesOf(operation),
            });
          },
        );
        if (KNOWN_ACCEPTED[operationId] && !KNOWN_5XX[operationId]) {
          // fc.assert is the assertion.
          // eslint-disable-next-line jest/expect-expect
          it(`${operationId} never answers a malformed request with a 5xx`, async () => {
            await fc.assert(property(operation, { strict: false }), {
              seed: seedOf(operationId),
              numRuns: RUNS,
              examples: cornerCasesOf(operation),
            });
          });
        }
      }
    });
  });
});
