import { describe, expect, it } from 'vitest';
import { ByteLru } from './byte-lru.js';

describe('ByteLru', () => {
  const sized = (max: number) => new ByteLru<Buffer>(max, (b) => b.byteLength);

  it('evicts the least recently used entries once the bytes exceed the bound', () => {
    const lru = sized(100);
    lru.set('a', Buffer.alloc(40));
    lru.set('b', Buffer.alloc(40));
    expect(lru.get('a')).toBeDefined(); // a is now the most recent
    lru.set('c', Buffer.alloc(40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  it('does not keep a value larger than the whole bound, and replacing a key counts its new size', () => {
    const lru = sized(100);
    lru.set('big', Buffer.alloc(101));
    expect(lru.get('big')).toBeUndefined();
    expect(lru.bytes).toBe(0);
    lru.set('a', Buffer.alloc(30));
    lru.set('a', Buffer.alloc(50));
    expect(lru.bytes).toBe(50);
  });
});
