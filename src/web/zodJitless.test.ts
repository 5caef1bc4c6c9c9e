import { describe, expect, it } from 'vitest';

describe('zod without JIT in the web app', () => {
  it('is jitless when zodJitless runs before zod is loaded, and never probes eval', async () => {
    await import('./zodJitless.js');
    const probes: string[] = [];
    const RealFunction = globalThis.Function;
    // Any `new Function` (zod's eval probe or its compiled fast path) would be recorded here.
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args: string[]) {
        probes.push(args.join(','));
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      const { z } = await import('zod');
      expect(z.config().jitless).toBe(true);
      const schema = z.object({ name: z.string(), size: z.number() });
      expect(schema.parse({ name: 'bolt', size: 10 })).toEqual({ name: 'bolt', size: 10 });
      expect(schema.safeParse({ name: 1 }).success).toBe(false);
      expect(probes).toEqual([]);
    } finally {
      globalThis.Function = RealFunction;
    }
  });
});
