import { defineConfig } from 'vitest/config';

/**
 * Unit tests (shared/, cli/, electron/ main-process functions) run in Node;
 * renderer tests (tests/renderer/**) run in jsdom with fake-indexeddb.
 * End-to-end tests live in tests/e2e and are run by tests/e2e/run.mjs, not vitest.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
          ],
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/renderer/setup.ts'],
          // Above the 5 s findBy/waitFor wait (setup.ts), so a screen that never comes fails with its own message.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
