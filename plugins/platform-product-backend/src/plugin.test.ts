import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { platformProductPlugin } from './plugin';

describe('platformProductPlugin', () => {
  it('answers /health without credentials, so load balancers can probe it', async () => {
    const { server } = await startTestBackend({
      features: [platformProductPlugin],
    });

    const response = await request(server)
      .get('/api/platform-product/health')
      .set('Authorization', mockCredentials.none.header());

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('refuses unauthenticated calls to anything but /health', async () => {
    const { server } = await startTestBackend({
      features: [platformProductPlugin],
    });

    const response = await request(server)
      .get('/api/platform-product/anything')
      .set('Authorization', mockCredentials.none.header());

    expect(response.status).toBe(401);
  });
});
