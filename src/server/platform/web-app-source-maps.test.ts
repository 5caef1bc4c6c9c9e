import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UserConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

/**
 * Issue 11 finding 9: production served 51 /assets/*.js.map source maps (the whole client source
 * with comments). The build makes none, and the server would not serve one that got there.
 */
describe('source maps are not shipped', () => {
  it('the web build writes no source maps', () => {
    expect((viteConfig as UserConfig).build?.sourcemap).toBe(false);
  });

  describe('with a map left in the build folder', () => {
    let dist: string;
    let t: TestApp;
    beforeAll(async () => {
      dist = mkdtempSync(path.join(os.tmpdir(), 'br-web-maps-'));
      mkdirSync(path.join(dist, 'assets'));
      writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="en"><body></body></html>');
      writeFileSync(path.join(dist, 'assets', 'app-abc.js'), 'console.log(1);\n');
      writeFileSync(path.join(dist, 'assets', 'app-abc.js.map'), '{"version":3,"sources":["secret.ts"]}');
      writeFileSync(path.join(dist, 'assets', 'app-abc.css.map'), '{"version":3}');
      t = await createTestApp(
        { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com', WEB_DIST_DIR: dist },
        { serveWeb: true },
      );
    });
    afterAll(async () => {
      await t?.close();
      if (dist) rmSync(dist, { recursive: true, force: true });
    });

    it('answers 404 for *.map under /assets in any spelling', async () => {
      for (const url of [
        '/assets/app-abc.js.map',
        '/assets/app-abc.css.map',
        '/assets/app-abc.js%2Emap',
        '/assets/./app-abc.js.map',
      ]) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.body, url).not.toContain('secret.ts');
      }
      expect((await t.app.inject({ method: 'GET', url: '/assets/app-abc.js' })).statusCode).toBe(200);
    });
  });
});
