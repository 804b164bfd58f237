import { ResponseError } from '@backstage/errors';
import { entityCardOf } from '../../__testUtils__/fixtures';
import { EntityCardClient } from './api';

const baseUrl = 'http://localhost:7007/api/platform-product';
const CHECKOUT = 'component:default/checkout';

function setup() {
  let now = 1_000_000;
  const answers: Array<(response: Response) => void> = [];
  const fetch = jest.fn(
    () =>
      new Promise<Response>(resolve => {
        answers.push(resolve);
      }),
  );
  const client = new EntityCardClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch },
    maxAgeMs: 5000,
    now: () => now,
  });
  /** Answers the oldest unanswered request, and lets the client see it. */
  const answer = async (status = 200) => {
    answers.shift()!(
      new Response(
        JSON.stringify(
          status === 200
            ? entityCardOf({})
            : { error: { name: 'Error', message: 'Database is down' } },
        ),
        { status, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    await new Promise(resolve => setTimeout(resolve, 0));
  };
  /** Lets the discovery call through, so that the request reaches fetch. */
  const settle = () => new Promise(resolve => setTimeout(resolve, 0));
  return {
    client,
    fetch,
    answer,
    settle,
    later: (ms: number) => {
      now += ms;
    },
  };
}

describe('EntityCardClient', () => {
  it('asks for the card of the entity, with its ref in the path', async () => {
    const { client, fetch, answer, settle } = setup();
    const card = client.getEntityCard({ entityRef: 'Component:default/a b' });
    await settle();
    await answer();
    await expect(card).resolves.toEqual(entityCardOf({}));
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/entities/component/default/a%20b/card`,
      undefined,
    );
  });

  it('shares one request between calls for the same entity while it is on its way', async () => {
    const { client, fetch, answer, settle } = setup();
    const first = client.getEntityCard({ entityRef: CHECKOUT });
    const second = client.getEntityCard({
      entityRef: { kind: 'Component', namespace: 'default', name: 'checkout' },
    });
    await settle();
    await answer();
    expect(await first).toBe(await second);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps asking separately for different entities', async () => {
    const { client, fetch, settle } = setup();
    client.getEntityCard({ entityRef: CHECKOUT });
    client.getEntityCard({ entityRef: 'component:default/payments' });
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shares an answer for a few seconds after it came, then asks again', async () => {
    const { client, fetch, answer, settle, later } = setup();
    client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    await answer();

    later(4_999);
    client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);

    later(1);
    client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again after invalidate, as after a write that changes the card', async () => {
    const { client, fetch, answer, settle } = setup();
    client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    await answer();
    client.invalidate('component:default/checkout');
    client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed answer: the next call asks again', async () => {
    const { client, fetch, answer, settle } = setup();
    const failed = client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    await answer(500);
    await expect(failed).rejects.toBeInstanceOf(ResponseError);
    client.getEntityCard({ entityRef: CHECKOUT });
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
