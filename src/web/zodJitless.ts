/**
 * Zod compiles a fast path for object schemas with `new Function`, after probing whether eval is
 * allowed; under our CSP (no 'unsafe-eval') the probe is refused and reported as a CSP violation on
 * every page with a form (issue 16, Lighthouse "best practices"). Jitless, zod never probes.
 *
 * It must be set before any object schema is built (zod reads it then), and without importing zod
 * here: zod stays in the lazy pages' chunks (importing `config` from zod/v4/core put 11 KB of zod
 * into the entry chunk). Zod keeps its settings in `globalThis.__zod_globalConfig` and adopts an
 * object already there (zod/v4/core/core.js, so several copies of zod share them); zodJitless.test.ts
 * checks that zod still does. main.tsx imports this module first.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
