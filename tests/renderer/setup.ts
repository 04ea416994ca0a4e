// fake-indexeddb must be installed before Dexie is first imported.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Without vitest globals, Testing Library cannot register its own cleanup:
// unmount after every test so no component (or live query) leaks into the next.
afterEach(cleanup);

// Each test is a fresh tab: the per-tab picking member (sessionStorage) must not leak into the next.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
