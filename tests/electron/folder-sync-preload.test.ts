import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type PodiumBridge, type SyncFolderChange } from '../../shared/ipc/contract';

// As in preload.test.ts: the real 'electron' module would try to download the binary.
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async () => ({ ok: true, value: true })),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret ipc event' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

async function loadBridge(): Promise<PodiumBridge> {
  vi.resetModules();
  await import('../../electron/preload/index');
  return electron.exposed.get('podium') as PodiumBridge;
}

describe('preload: shared folder', () => {
  it('exposes the folder-sync methods on their podium: channels', async () => {
    const bridge = await loadBridge();
    await bridge.chooseSyncFolder({});
    await bridge.writeSyncSlip({ folder: '/s', fileName: 'a--b.podium-slip.json', text: '{}' });
    await bridge.readSyncFolder({ folder: '/s' });
    await bridge.watchSyncFolder({ folder: '/s' });
    await bridge.unwatchSyncFolder({ folder: '/s', forget: true });
    expect(electron.invoke.mock.calls).toEqual([
      ['podium:choose-sync-folder', {}],
      ['podium:write-sync-slip', { folder: '/s', fileName: 'a--b.podium-slip.json', text: '{}' }],
      ['podium:read-sync-folder', { folder: '/s' }],
      ['podium:watch-sync-folder', { folder: '/s' }],
      ['podium:unwatch-sync-folder', { folder: '/s', forget: true }],
    ]);
  });

  it('delivers folder changes without the IPC event, and unsubscribes', async () => {
    const bridge = await loadBridge();
    const received: unknown[][] = [];
    const unsubscribe = bridge.onSyncFolderChanged((...args) => received.push(args));
    const change: SyncFolderChange = { folder: '/s', cause: 'watch' };
    electron.emit(IPC_CHANNELS.onSyncFolderChanged, change);
    expect(received).toEqual([[change]]);
    expect(IPC_CHANNELS.onSyncFolderChanged).toBe('podium:sync-folder-changed');
    unsubscribe();
    electron.emit(IPC_CHANNELS.onSyncFolderChanged, change);
    expect(received).toHaveLength(1);
  });
});
