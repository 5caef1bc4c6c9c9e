import { describe, expect, it } from 'vitest';
import { FakeClock } from '../test/fake-clock.js';
import { ResponseCache } from './response-cache.js';

const body = (text: string) => Buffer.from(text);
/** A computation the test finishes by hand, counting how often it was started. */
function deferred(text: string) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const state = { started: 0 };
  const compute = async () => {
    state.started += 1;
    await gate;
    return body(text);
  };
  return { compute, finish, fail, state };
}

function cache(options: Partial<{ maxAgeMs: number; maxEntries: number; maxBytes: number }> = {}) {
  const clock = new FakeClock(new Date('2030-06-03T08:00:00Z'));
  return {
    clock,
    cache: new ResponseCache({ clock, maxAgeMs: 30_000, maxEntries: 100, maxBytes: 1_000_000, ...options }),
  };
}

describe('ResponseCache', () => {
  it('computes once, then answers from memory until the answer is maxAge old', async () => {
    const { cache: c, clock } = cache();
    let computed = 0;
    const compute = async () => body(`answer ${++computed}`);
    expect(await c.get('k', compute)).toEqual({ body: body('answer 1'), source: 'miss' });
    clock.advance(29_999);
    expect(await c.get('k', compute)).toEqual({ body: body('answer 1'), source: 'hit' });
    clock.advance(1);
    expect(await c.get('k', compute)).toEqual({ body: body('answer 2'), source: 'miss' });
    expect(c.size).toEqual({ entries: 1, bytes: 'answer 2'.length });
  });

  it('forgets everything on invalidate()', async () => {
    const { cache: c } = cache();
    await c.get('a', async () => body('a1'));
    await c.get('b', async () => body('b1'));
    c.invalidate();
    expect(c.size).toEqual({ entries: 0, bytes: 0 });
    expect(await c.get('a', async () => body('a2'))).toEqual({ body: body('a2'), source: 'miss' });
  });

  it('lets concurrent misses of one key share one computation', async () => {
    const { cache: c } = cache();
    const slow = deferred('shared answer');
    const first = c.get('k', slow.compute);
    const second = c.get('k', slow.compute);
    slow.finish();
    expect(await first).toEqual({ body: body('shared answer'), source: 'miss' });
    expect(await second).toEqual({ body: body('shared answer'), source: 'shared' });
    expect(slow.state.started).toBe(1);
    expect((await c.get('k', slow.compute)).source).toBe('hit');
    expect(c.counts).toEqual({ miss: 1, shared: 1, hit: 1 });
  });

  it('never hands an answer computed before a change to a request made after it, nor keeps it', async () => {
    const { cache: c } = cache();
    const before = deferred('before the change');
    const pending = c.get('k', before.compute);
    c.invalidate();
    const after = deferred('after the change');
    const fresh = c.get('k', after.compute);
    before.finish();
    after.finish();
    expect((await pending).body).toEqual(body('before the change'));
    expect(await fresh).toEqual({ body: body('after the change'), source: 'miss' });
    expect(after.state.started).toBe(1);
    expect(await c.get('k', async () => body('third'))).toEqual({ body: body('after the change'), source: 'hit' });

    // The straddling answer alone is not kept either.
    const straddling = deferred('straddling');
    const result = c.get('other', straddling.compute);
    c.invalidate();
    straddling.finish();
    await result;
    expect(c.size.entries).toBe(0);
  });

  it('keeps no failure: every sharer gets the error and the next request computes again', async () => {
    const { cache: c } = cache();
    const failing = deferred('never');
    const first = c.get('k', failing.compute);
    const second = c.get('k', failing.compute);
    failing.fail(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await expect(second).rejects.toThrow('database down');
    expect(await c.get('k', async () => body('recovered'))).toEqual({ body: body('recovered'), source: 'miss' });
  });

  it('drops the least recently used answers beyond maxEntries or maxBytes', async () => {
    const { cache: c } = cache({ maxEntries: 2, maxBytes: 100 });
    await c.get('a', async () => body('a'));
    await c.get('b', async () => body('b'));
    await c.get('a', async () => body('not computed'));
    await c.get('c', async () => body('c'));
    expect((await c.get('a', async () => body('a again'))).source).toBe('hit');
    expect((await c.get('b', async () => body('b again'))).source).toBe('miss');

    const small = cache({ maxBytes: 100 }).cache;
    await small.get('x', async () => body('x'.repeat(20)));
    await small.get('y', async () => body('y'.repeat(20)));
    // Over a quarter of the budget: answered but never kept.
    await small.get('huge', async () => body('h'.repeat(30)));
    expect(small.size).toEqual({ entries: 2, bytes: 40 });
    for (let i = 0; i < 5; i++) await small.get(`z${i}`, async () => body('z'.repeat(20)));
    expect(small.size.bytes).toBeLessThanOrEqual(100);
    expect((await small.get('x', async () => body('x again'))).source).toBe('miss');
  });

  it('computes every time when maxAge is 0 (turned off)', async () => {
    const { cache: c } = cache({ maxAgeMs: 0 });
    let computed = 0;
    const compute = async () => body(String(++computed));
    await c.get('k', compute);
    expect(await c.get('k', compute)).toEqual({ body: body('2'), source: 'miss' });
    expect(c.enabled).toBe(false);
  });
});
