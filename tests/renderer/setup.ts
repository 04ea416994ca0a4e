// fake-indexeddb must be installed before Dexie is first imported.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initI18n } from '../../renderer/src/i18n/setup';

// The default 1 s wait for findBy*/waitFor is shorter than a lazy screen plus a live query take
// when both CPU cores are busy (CI runs the suites side by side): a slow machine must not fail a
// correct screen. A wrong screen still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// Without vitest globals, Testing Library cannot register its own cleanup:
// unmount after every test so no component (or live query) leaks into the next.
afterEach(cleanup);

// Each test is a fresh tab: the per-tab picking member (sessionStorage) must not leak into the next.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});

// Components translate through the app's i18next instance: start it as the app does (English here).
await initI18n();
