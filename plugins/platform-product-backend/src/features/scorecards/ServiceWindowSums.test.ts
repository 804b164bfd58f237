import { ServiceWindowSums, WindowSum } from './ServiceWindowSums';

const DAY = 24 * 3600_000;
const DEPLOYMENTS = { metric: 'deployments', days: 30 };

/** A store whose sums are `points[ref]`, recording what each read asked for. */
function fakeStore(points: Record<string, number>) {
  const reads: { entityRefs: readonly string[]; from: number; to: number }[] =
    [];
  return {
    reads,
    /** What every read waits for before it answers. */
    gate: (): Promise<void> => Promise.resolve(),
    points,
    async aggregateMetricByEntity(options: {
      entityRefs: readonly string[];
      metric: string;
      range: { from: number; to: number };
    }) {
      reads.push({ entityRefs: [...options.entityRefs], ...options.range });
      const result = new Map<string, WindowSum>();
      for (const ref of options.entityRefs) {
        if (ref in points) result.set(ref, { sum: points[ref], count: 1 });
      }
      await this.gate();
      return result;
    },
  };
}

/** A promise that settles when `open` is called, to hold a read in flight. */
function aGate() {
  let open!: () => void;
  const gate = new Promise<void>(resolve => {
    open = resolve;
  });
  return { gate, open };
}

function setup(ttlMs: number) {
  const store = fakeStore({
    'component:default/a': 3,
    'component:default/b': 5,
  });
  let now = 100 * DAY;
  const sums = new ServiceWindowSums({
    store,
    ttlMs,
    now: () => now,
    windowEnd: () => now + 1000,
  });
  return { store, sums, advance: (ms: number) => (now += ms) };
}

describe('ServiceWindowSums', () => {
  it('reads each service once for every platform that asks within the cache time', async () => {
    const { store, sums } = setup(60_000);
    const first = await sums.get(DEPLOYMENTS, [
      'component:default/a',
      'component:default/c',
    ]);
    const second = await sums.get(DEPLOYMENTS, [
      'Component:default/A',
      'component:default/b',
      'component:default/c',
    ]);
    expect([...first]).toEqual([['component:default/a', { sum: 3, count: 1 }]]);
    expect([...second].sort()).toEqual([
      ['component:default/a', { sum: 3, count: 1 }],
      ['component:default/b', { sum: 5, count: 1 }],
    ]);
    // The second read asked only for the service not read yet: c, without points, is kept too.
    expect(store.reads.map(read => read.entityRefs)).toEqual([
      ['component:default/a', 'component:default/c'],
      ['component:default/b'],
    ]);
    expect(store.reads[0]).toMatchObject({
      from: 100 * DAY + 1000 - 30 * DAY,
      to: 100 * DAY + 1000,
    });
  });

  it('shares a read in flight and reads again once the cache time is over', async () => {
    const { store, sums, advance } = setup(60_000);
    const { gate, open } = aGate();
    store.gate = () => gate;
    const one = sums.get(DEPLOYMENTS, ['component:default/a']);
    const two = sums.get(DEPLOYMENTS, ['component:default/a']);
    open();
    expect((await one).get('component:default/a')?.sum).toBe(3);
    expect((await two).get('component:default/a')?.sum).toBe(3);
    expect(store.reads).toHaveLength(1);

    advance(60_000);
    store.points['component:default/a'] = 4;
    expect(
      (await sums.get(DEPLOYMENTS, ['component:default/a'])).get(
        'component:default/a',
      )?.sum,
    ).toBe(4);
    expect(store.reads).toHaveLength(2);
  });

  it('forgets an invalidated service, and does not keep a read that was in flight then', async () => {
    const { store, sums } = setup(60_000);
    await sums.get(DEPLOYMENTS, ['component:default/a', 'component:default/b']);
    store.points['component:default/a'] = 10;
    sums.invalidate(['component:default/A']);
    expect(
      (await sums.get(DEPLOYMENTS, ['component:default/a'])).get(
        'component:default/a',
      )?.sum,
    ).toBe(10);

    const { gate, open } = aGate();
    store.gate = () => gate;
    sums.invalidate(['component:default/b']);
    const inFlight = sums.get(DEPLOYMENTS, ['component:default/b']);
    store.points['component:default/b'] = 7;
    sums.invalidate(['component:default/b']);
    open();
    // The read that began before the points came in answers its caller with what it read...
    expect((await inFlight).get('component:default/b')?.sum).toBe(5);
    store.gate = () => Promise.resolve();
    // ...but is not kept: the next read sees the new points.
    expect(
      (await sums.get(DEPLOYMENTS, ['component:default/b'])).get(
        'component:default/b',
      )?.sum,
    ).toBe(7);
    expect(store.reads.map(read => read.entityRefs)).toEqual([
      ['component:default/a', 'component:default/b'],
      ['component:default/a'],
      ['component:default/b'],
      ['component:default/b'],
    ]);
  });

  it('keeps nothing after a failed read', async () => {
    const { store, sums } = setup(60_000);
    const read = store.aggregateMetricByEntity.bind(store);
    store.aggregateMetricByEntity = async () => {
      throw new Error('database gone');
    };
    await expect(
      sums.get(DEPLOYMENTS, ['component:default/a']),
    ).rejects.toThrow('database gone');
    store.aggregateMetricByEntity = read;
    expect(
      (await sums.get(DEPLOYMENTS, ['component:default/a'])).get(
        'component:default/a',
      )?.sum,
    ).toBe(3);
  });

  it('reads every time with a cache time of 0, and keeps windows of other metrics apart', async () => {
    const { store, sums } = setup(0);
    await sums.get(DEPLOYMENTS, ['component:default/a']);
    await sums.get(DEPLOYMENTS, ['component:default/a']);
    expect(store.reads).toHaveLength(2);

    const cached = setup(60_000);
    await cached.sums.get(DEPLOYMENTS, ['component:default/a']);
    await cached.sums.get({ metric: 'change_failures', days: 30 }, [
      'component:default/a',
    ]);
    expect(cached.store.reads).toHaveLength(2);
  });

  it('answers a platform whose services wait on several reads in flight', async () => {
    const { store, sums } = setup(60_000);
    const { gate, open } = aGate();
    store.gate = () => gate;
    const first = sums.get(DEPLOYMENTS, ['component:default/a']);
    const second = sums.get(DEPLOYMENTS, ['component:default/b']);
    // c is read now; a and b wait on the two reads in flight.
    const all = sums.get(DEPLOYMENTS, [
      'component:default/a',
      'component:default/b',
      'component:default/c',
    ]);
    open();
    await Promise.all([first, second]);
    expect([...(await all)].sort()).toEqual([
      ['component:default/a', { sum: 3, count: 1 }],
      ['component:default/b', { sum: 5, count: 1 }],
    ]);
    expect(store.reads.map(read => read.entityRefs)).toEqual([
      ['component:default/a'],
      ['component:default/b'],
      ['component:default/c'],
    ]);
  });
});
