import { signInAsExampleUser } from './exampleUserApi';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('signInAsExampleUser', () => {
  it('tries again while the catalog has not ingested the user yet, then returns the token', async () => {
    const fetchMock = jest
      .fn()
      .mockResolvedValueOnce(
        answer(403, {
          error: { message: 'user:default/ana is not in the catalog' },
        }),
      )
      .mockRejectedValueOnce(new Error('ECONNRESET'))
      .mockResolvedValueOnce(
        answer(200, { backstageIdentity: { token: 'token-of-ana' } }),
      );

    await expect(
      signInAsExampleUser('http://backend', 'user:default/ana', {
        fetch: fetchMock,
        retryEveryMs: 1,
      }),
    ).resolves.toBe('token-of-ana');
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(fetchMock.mock.calls[0][0]).toBe(
      'http://backend/api/auth/example-users/refresh',
    );
    expect(fetchMock.mock.calls[0][1].headers['x-example-user']).toBe(
      'user:default/ana',
    );
  });

  it('gives up after its time with the last answer the backend gave', async () => {
    const fetchMock = jest.fn(async () =>
      answer(403, {
        error: { message: 'user:default/ana is not in the catalog' },
      }),
    );

    await expect(
      signInAsExampleUser('http://backend', 'user:default/ana', {
        fetch: fetchMock,
        retryForMs: 20,
        retryEveryMs: 5,
      }),
    ).rejects.toThrow(
      'could not sign in as user:default/ana (HTTP 403: user:default/ana is not in the catalog)',
    );
    expect(fetchMock.mock.calls.length).toBeGreaterThan(1);
  });
});
