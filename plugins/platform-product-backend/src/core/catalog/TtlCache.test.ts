import { TtlCache } from './TtlCache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('TtlCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  it('shares one load between concurrent callers and reuses the value until it expires', async () => {
    const cache = new TtlCache<number>({ ttlMs: 1000, now: clock });
    let loads = 0;
    const load = jest.fn(async () => {
      loads += 1;
      return loads;
    });
    const [a, b] = await Promise.all([
      cache.get('k', load),
      cache.get('k', load),
    ]);
    expect([a, b]).toEqual([1, 1]);
    now = 999;
    expect(await cache.get('k', load)).toBe(1);
    now = 1000;
    expect(await cache.get('k', load)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers with the expired value at once and reloads in the background when asked to', async () => {
    const cache = new TtlCache<string>({
      ttlMs: 1000,
      staleWhileRevalidate: true,
      now: clock,
    });
    await cache.get('k', async () => 'old');
    now = 5000;
    const reload = deferred<string>();
    expect(await cache.get('k', () => reload.promise)).toBe('old');
    reload.resolve('new');
    await reload.promise;
    await new Promise(setImmediate);
    expect(await cache.get('k', async () => 'unused')).toBe('new');
  });

  it('keeps the old value when a background reload fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const cache = new TtlCache<string>({
      ttlMs: 1000,
      staleWhileRevalidate: true,
      onBackgroundError: error => errors.push(error),
      now: clock,
    });
    await cache.get('k', async () => 'old');
    now = 5000;
    expect(
      await cache.get('k', async () => {
        throw new Error('catalog down');
      }),
    ).toBe('old');
    await new Promise(setImmediate);
    expect(errors).toEqual([new Error('catalog down')]);
    now = 5001;
    expect(await cache.get('k', async () => 'fresh')).toBe('old');
    await new Promise(setImmediate);
    expect(await cache.get('k', async () => 'unused')).toBe('fresh');
  });

  it('does not cache a value whose load started before the key was deleted', async () => {
    const cache = new TtlCache<string>({ ttlMs: 60_000, now: clock });
    const slow = deferred<string>();
    const pending = cache.get('platform\nslos', () => slow.promise);
    cache.delete(key => key.startsWith('platform\n'));
    slow.resolve('before the new points');
    expect(await pending).toBe('before the new points');
    expect(await cache.get('platform\nslos', async () => 'after')).toBe(
      'after',
    );
  });

  it('reloads on refresh even when a value is fresh', async () => {
    const cache = new TtlCache<number>({ ttlMs: 60_000, now: clock });
    await cache.get('k', async () => 1);
    expect(await cache.refresh('k', async () => 2)).toBe(2);
    expect(await cache.get('k', async () => 3)).toBe(2);
  });
});
