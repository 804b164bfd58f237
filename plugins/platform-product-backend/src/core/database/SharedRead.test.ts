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
  it('answers every caller from one read until the time to live has passed', async () => {
    let now = 0;
    const source = counter();
    const shared = new SharedRead(source.read, { ttlMs: 5000, now: () => now });

    expect(await Promise.all([shared.get(), shared.get()])).toEqual([1, 1]);
    now = 4999;
    expect(await shared.get()).toBe(1);
    expect(source.reads()).toBe(1);

    now = 5000;
    const second = shared.get();
    source.releaseSecond();
    expect(await second).toBe(2);
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

  it('does not keep a failed read', async () => {
    let fail = true;
    const shared = new SharedRead(async () => {
      if (fail) throw new Error('database gone');
      return 'rows';
    });
    await expect(shared.get()).rejects.toThrow('database gone');
    fail = false;
    expect(await shared.get()).toBe('rows');
  });
});
