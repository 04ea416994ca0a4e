import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type MenuCommand, type PodiumBridge } from '../../shared/ipc/contract';

// The real 'electron' module would try to download the binary; the preload
// only needs contextBridge and ipcRenderer, recorded here.
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret ipc event' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
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
  electron.exposed.clear();
  await import('../../electron/preload/index');
  return electron.exposed.get('podium') as PodiumBridge;
}

describe('preload', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes only window.podium, with exactly the contract methods', async () => {
    const bridge = await loadBridge();
    expect([...electron.exposed.keys()]).toEqual(['podium']);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes one podium: channel per method, forwarding the request as is', async () => {
    const bridge = await loadBridge();
    await bridge.appInfo();
    await bridge.openFile({ title: 'Import results' });
    await bridge.saveTextFile({ defaultName: 'a.json', text: '{}' });
    expect(electron.invoke.mock.calls).toEqual([
      ['podium:app-info'],
      ['podium:open-file', { title: 'Import results' }],
      ['podium:save-text-file', { defaultName: 'a.json', text: '{}' }],
    ]);
  });

  it('delivers menu commands without the IPC event, and unsubscribes', async () => {
    const bridge = await loadBridge();
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args) => received.push(args));
    const command: MenuCommand = { type: 'navigate', path: '/leaderboard' };
    electron.emit(IPC_CHANNELS.onMenuCommand, command);
    expect(received).toEqual([[command]]);

    unsubscribe();
    electron.emit(IPC_CHANNELS.onMenuCommand, { type: 'backup' });
    expect(received).toHaveLength(1);
    expect(electron.listeners.get(IPC_CHANNELS.onMenuCommand)?.size).toBe(0);
  });
});
