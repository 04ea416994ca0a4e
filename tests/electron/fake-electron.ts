import { vi } from 'vitest';
import type { PodiumBridge } from '../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * The parts of 'electron' the preload uses (contextBridge, ipcRenderer), recording what it
 * exposes, invokes and listens to: the real module would try to download the binary.
 * Create it in `vi.hoisted` and return `module` from `vi.mock('electron', …)`.
 */
export function createFakeElectron() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({
    ok: true,
    value: { channel, args },
  }));
  return {
    exposed,
    listeners,
    invoke,
    /** Sends `args` to the listeners of `channel` as the main process would, with an IPC event. */
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret ipc event' }, ...args);
    },
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke,
        on: (channel: string, listener: Listener) => {
          const set = listeners.get(channel) ?? new Set();
          set.add(listener);
          listeners.set(channel, set);
        },
        removeListener: (channel: string, listener: Listener) => {
          listeners.get(channel)?.delete(listener);
        },
      },
    },
    /** Runs the preload afresh and returns what it exposed as `window.podium`. */
    async loadBridge(): Promise<PodiumBridge> {
      vi.resetModules();
      exposed.clear();
      invoke.mockClear();
      await import('../../electron/preload/index');
      return exposed.get('podium') as PodiumBridge;
    },
  };
}
