import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type SyncFolderChange } from '../../shared/ipc/contract';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron.module);
const loadBridge = () => electron.loadBridge();

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
