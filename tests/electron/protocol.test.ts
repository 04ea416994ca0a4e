import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { contentTypeFor, createAppProtocolHandler, resolveAppPath } from '../../electron/main/protocol';

const ROOT = '/srv/podium/renderer';

describe('resolveAppPath', () => {
  it.each([
    ['app://podium/index.html', `${ROOT}/index.html`],
    ['app://podium/', `${ROOT}/index.html`],
    ['app://podium', `${ROOT}/index.html`],
    ['app://podium/assets/index-abc.js', `${ROOT}/assets/index-abc.js`],
    ['app://podium/assets/My%20Font.woff2', `${ROOT}/assets/My Font.woff2`],
    // Query strings and fragments are not part of the file name.
    ['app://podium/index.html?v=3', `${ROOT}/index.html`],
    ['app://podium/index.html#/leaderboard', `${ROOT}/index.html`],
    ['app://podium/assets/x.js?../../etc/passwd', `${ROOT}/assets/x.js`],
    // The URL parser itself collapses literal dot segments that stay inside the root.
    ['app://podium/assets/../index.html', `${ROOT}/index.html`],
    ['app://PODIUM/index.html', `${ROOT}/index.html`],
    // Dot segments, literal or encoded, are resolved by the URL parser and cannot climb above the root.
    ['app://podium/../../etc/passwd', `${ROOT}/etc/passwd`],
    ['app://podium/%2e%2e/%2e%2e/etc/passwd', `${ROOT}/etc/passwd`],
    ['app://podium/%2E%2E/secret', `${ROOT}/secret`],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppPath(url, ROOT)).toEqual({ ok: true, filePath: expected });
  });

  it.each([
    ['app://podium/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['app://podium/assets/%2e%2e%2f%2e%2e%2fsecret'],
    ['app://podium/..%5c..%5cwindows%5csystem.ini'],
    ['app://podium/assets\\..\\..\\secret'],
    ['app://podium/%2fetc%2fpasswd/..%2f..'],
    ['app://podium/C:%5cWindows%5cwin.ini'],
    ['app://podium/C:/Windows/win.ini'],
    ['app://podium/index.html%00.png'],
    ['app://podium/./index.html%2f.'],
  ])('refuses traversal: %s', (url) => {
    const result = resolveAppPath(url, ROOT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.status).toBe(403);
  });

  it('keeps absolute-looking paths inside the root', () => {
    // Double slashes and encoded leading slashes are just empty segments, not absolute paths.
    expect(resolveAppPath('app://podium//etc/passwd', ROOT)).toEqual({
      ok: true,
      filePath: `${ROOT}/etc/passwd`,
    });
    expect(resolveAppPath('app://podium/%2Fetc%2Fpasswd', ROOT)).toEqual({
      ok: true,
      filePath: `${ROOT}/etc/passwd`,
    });
  });

  it.each([
    ['app://evil/index.html'],
    ['app://podium.evil.com/index.html'],
    ['app://user:pass@podium/index.html'],
    ['file:///etc/passwd'],
    ['https://podium/index.html'],
    ['http://localhost:5173/index.html'],
    ['app:podium/index.html'],
  ])('refuses other origins: %s', (url) => {
    expect(resolveAppPath(url, ROOT)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses malformed URLs and malformed percent-encoding', () => {
    expect(resolveAppPath('not a url', ROOT)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppPath('app://podium/%E0%A4%A.js', ROOT)).toMatchObject({ ok: false, status: 400 });
  });

  it('applies the same containment with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Podium League\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPath('app://podium/assets/a.js', winRoot, path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\a.js`,
    });
    expect(resolveAppPath('app://podium/D:%2fsecret.txt', winRoot, path.win32).ok).toBe(false);
    expect(resolveAppPath('app://podium/%5c%5cserver%5cshare', winRoot, path.win32).ok).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('knows the types the renderer build produces', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/favicon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'podium-protocol-'));
    root = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Podium</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(outside, 'top secret');
  });
  afterAll(() => {
    rmSync(`${root}-alias`, { force: true });
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('serves files with their type and the security headers', async () => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request('app://podium/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Podium</title>');

    const script = await handler(new Request('app://podium/assets/app.js?v=1'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('never serves a file outside the renderer folder', async () => {
    const handler = createAppProtocolHandler(root);
    for (const url of [
      'app://podium/%2e%2e/secret.txt',
      'app://podium/../secret.txt',
      'app://podium/..%2fsecret.txt',
      'app://podium/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://podium/..%5csecret.txt',
    ]) {
      const response = await handler(new Request(url));
      // 404 when the parser already folded the dots back inside the root, 403 when we refused.
      expect([403, 404], url).toContain(response.status);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    const handler = createAppProtocolHandler(root);
    expect((await handler(new Request('app://podium/nope.js'))).status).toBe(404);
    expect((await handler(new Request('app://podium/assets'))).status).toBe(404);
    expect(
      (await handler(new Request('app://podium/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });

  it('never serves through a symbolic link inside the renderer folder', async () => {
    // The failure: the handler followed links planted inside the renderer folder.
    const base = join(root, '..');
    mkdirSync(join(base, 'elsewhere'), { recursive: true });
    writeFileSync(join(base, 'elsewhere', 'x.js'), 'top secret');
    symlinkSync(outside, join(root, 'linked.txt'));
    symlinkSync(join(base, 'elsewhere'), join(root, 'linked-dir'));
    symlinkSync(join(root, 'index.html'), join(root, 'inner-link.html'));
    const handler = createAppProtocolHandler(root);
    for (const url of [
      'app://podium/linked.txt',
      'app://podium/linked-dir/x.js',
      'app://podium/inner-link.html',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('serves a renderer folder that is itself reached through a link', async () => {
    const alias = `${root}-alias`;
    symlinkSync(root, alias);
    const response = await createAppProtocolHandler(alias)(new Request('app://podium/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('does not hang on a FIFO in the renderer folder', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.js')]);
    expect((await createAppProtocolHandler(root)(new Request('app://podium/pipe.js'))).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await createAppProtocolHandler(root)(
      new Request('app://podium/index.html', { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
