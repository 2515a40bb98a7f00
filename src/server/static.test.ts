import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../storage/open-store.js';
import type { Store } from '../storage/store.js';
import { createApp } from './app.js';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-static-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Dyad</title>');
  writeFileSync(join(dir, 'web', 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not to be served');
  store = await openStore(`sqlite:${join(dir, 'dyad.db')}`);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web explorer at /', () => {
  it('serves index.html and assets with security headers, the API unchanged', async () => {
    const app = createApp(store, { webRoot: join(dir, 'web') });
    const home = await app.request('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<title>Dyad</title>');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('referrer-policy')).toBe('no-referrer');
    expect(home.headers.get('cache-control')).toBe('no-cache');

    const asset = await app.request('/assets/app-1234.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/app-1234.js', { method: 'HEAD' })).status).toBe(200);

    const api = await app.request('/api/health');
    expect(api.headers.get('content-security-policy')).toBeNull();
    expect((await api.json()).ok).toBe(true);
  });

  it('serves nothing outside its folder, no hidden files, and leaves unknown paths to the API\'s 404', async () => {
    const app = createApp(store, { webRoot: join(dir, 'web') });
    for (const path of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/.env', '/nothing.js', '/api/nothing']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe('application/problem+json');
    }
    expect((await app.request('/', { method: 'POST' })).status).toBe(404);
  });

  it('is off without a built app', async () => {
    const app = createApp(store, { webRoot: join(dir, 'missing') });
    expect((await app.request('/')).status).toBe(404);
    expect((await createApp(store, { webRoot: false }).request('/')).status).toBe(404);
  });

  it('lists the CAMEO codebook for labels', async () => {
    const res = await createApp(store, { webRoot: false }).request('/api/codebook');
    const { codes } = await res.json() as { codes: Array<{ code: string; label: string; quadClass: number }> };
    expect(codes.find((c) => c.code === '190')).toMatchObject({ quadClass: 4 });
    expect(codes.some((c) => c.code === '19')).toBe(true);
  });
});
