/**
 * Which browser the end-to-end suite and the browser benches drive: an
 * installed Chromium when there is one, else the one packaged in
 * @sparticuz/chromium, so `npm test` needs no system browser.
 */
import { describe, expect, it } from 'vitest';
import { findChromium, localChromiumCandidates } from '../e2e/harness.mjs';

const PACKAGED = '/tmp/chromium';

/** A file system that holds only `present`. */
const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);

describe('findChromium', () => {
  it('prefers $CHROMIUM_PATH, then the system browser', async () => {
    const packaged = async () => PACKAGED;
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(
      await findChromium({ env, exists: only('/opt/chrome/chrome', '/usr/bin/chromium'), packaged }),
    ).toBe('/opt/chrome/chrome');
    expect(await findChromium({ env: {}, exists: only('/usr/bin/chromium', PACKAGED), packaged })).toBe(
      '/usr/bin/chromium',
    );
  });

  it('falls back to the packaged browser when none is installed, unpacking it only then', async () => {
    let unpacked = 0;
    const packaged = async () => {
      unpacked++;
      return PACKAGED;
    };
    expect(await findChromium({ env: {}, exists: only('/usr/bin/chromium'), packaged })).toBe(
      '/usr/bin/chromium',
    );
    expect(unpacked).toBe(0);
    expect(await findChromium({ env: {}, exists: only(PACKAGED), packaged })).toBe(PACKAGED);
    expect(unpacked).toBe(1);
  });

  it('gives null, not a broken path, when the packaged browser cannot be unpacked either', async () => {
    const failing = async (): Promise<string> => {
      throw new Error('no space left on device');
    };
    expect(await findChromium({ env: {}, exists: only(), packaged: failing })).toBeNull();
    expect(await findChromium({ env: {}, exists: only(), packaged: async () => PACKAGED })).toBeNull();
  });

  it('skips installed browsers when asked to check the packaged one', async () => {
    const env = { PODIUM_E2E_PACKAGED_CHROMIUM: '1' };
    expect(localChromiumCandidates(env).filter(Boolean)).toEqual([]);
    expect(
      await findChromium({
        env,
        exists: only('/usr/bin/chromium', PACKAGED),
        packaged: async () => PACKAGED,
      }),
    ).toBe(PACKAGED);
  });
});
