import { SharedRead } from './SharedRead';

function counter() {
  let reads = 0;
  let release: () => void = () => {};
  return {
    read: async () => {
      reads += 1;
      const value = reads;
      if (value === 2) {
        await new Promise<void>(resolve => {
          release = resolve;
        });
      }
      return value;
    },
    reads: () => reads,
    releaseSecond: () => release(),
  };
}

describe('SharedRead', () => {
  it('answers every caller from one read, and after the time to live from it while it reads again', async () => {
    let now = 0;
    const source = counter();
    const shared = new SharedRead(source.read, { ttlMs: 5000, now: () => now });

    expect(await Promise.all([shared.get(), shared.get()])).toEqual([1, 1]);
    now = 4999;
    expect(await shared.get()).toBe(1);
    expect(source.reads()).toBe(1);

    now = 5000;
    // The second read is held: callers meanwhile get the first value at once.
    expect(await shared.get()).toBe(1);
    expect(await shared.get()).toBe(1);
    expect(source.reads()).toBe(2);
    source.releaseSecond();
    await new Promise(resolve => setImmediate(resolve));
    expect(await shared.get()).toBe(2);
  });

  it('reads again after forget, and does not keep a read that was in flight when it forgot', async () => {
    const source = counter();
    const shared = new SharedRead(source.read, { ttlMs: 60_000 });
    expect(await shared.get()).toBe(1);

    shared.forget();
    const inFlight = shared.get(); // the second read, held until released
    shared.forget(); // a write lands while it is in flight
    source.releaseSecond();
    expect(await inFlight).toBe(2);

    expect(await shared.get()).toBe(3);
    expect(await shared.get()).toBe(3);
    expect(source.reads()).toBe(3);
  });

  it('does not keep a failed read, and keeps its value when a background read fails', async () => {
    let now = 0;
    let fail = true;
    const failures: unknown[] = [];
    const shared = new SharedRead(
      async () => {
        if (fail) throw new Error('database gone');
        return `rows at ${now}`;
      },
      { ttlMs: 5000, now: () => now, onBackgroundError: e => failures.push(e) },
    );
    await expect(shared.get()).rejects.toThrow('database gone');
    fail = false;
    expect(await shared.get()).toBe('rows at 0');

    fail = true;
    now = 5000;
    expect(await shared.get()).toBe('rows at 0');
    await new Promise(resolve => setImmediate(resolve));
    expect(failures).toHaveLength(1);
    expect(await shared.get()).toBe('rows at 0');
  });
});
