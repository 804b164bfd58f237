import { mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import express from 'express';
import request from 'supertest';
import { databaseBusyAs503 } from './databaseBusy';

function appThrowing(error: Error) {
  const app = express();
  app.get('/thing', () => {
    throw error;
  });
  app.use(databaseBusyAs503());
  app.use(
    MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    }).error(),
  );
  return app;
}

describe('databaseBusyAs503', () => {
  it("answers 503 with what to do when knex's pool had no connection in time", async () => {
    const timeout = new Error(
      'Knex: Timeout acquiring a connection. The pool is probably full.',
    );
    timeout.name = 'KnexTimeoutError';

    const response = await request(appThrowing(timeout)).get('/thing');

    expect(response.status).toBe(503);
    expect(response.body.error.name).toBe('ServiceUnavailableError');
    expect(response.body.error.message).toContain('The database is busy');
    expect(response.body.error.message).toContain('try again');
  });

  it('leaves every other error as it is', async () => {
    const response = await request(appThrowing(new Error('boom'))).get(
      '/thing',
    );

    expect(response.status).toBe(500);
  });
});
