import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron.module);
const loadBridge = () => electron.loadBridge();

describe('preload', () => {
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
