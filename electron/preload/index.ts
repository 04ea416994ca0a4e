/**
 * The sandboxed preload: one function per contract method, nothing else.
 * It must stay minimal — whatever it exposes, any script in the page can call.
 * Arguments are forwarded as-is; main validates them again.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  type MenuCommand,
  type PodiumBridge,
  type SyncFolderChange,
} from '../../shared/ipc/contract';

const bridge = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  saveTextFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  onMenuCommand(listener) {
    // Wrapped so the page never sees the IpcRendererEvent (it exposes `sender`).
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(IPC_CHANNELS.onMenuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.onMenuCommand, forward);
    };
  },
  chooseSyncFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.chooseSyncFolder, request),
  writeSyncSlip: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeSyncSlip, request),
  readSyncFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.readSyncFolder, request),
  watchSyncFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.watchSyncFolder, request),
  unwatchSyncFolder: (request) => ipcRenderer.invoke(IPC_CHANNELS.unwatchSyncFolder, request),
  setMenuLabels: (labels) => ipcRenderer.invoke(IPC_CHANNELS.setMenuLabels, labels),
  onSyncFolderChanged(listener) {
    const forward = (_event: IpcRendererEvent, change: SyncFolderChange) => listener(change);
    ipcRenderer.on(IPC_CHANNELS.onSyncFolderChanged, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.onSyncFolderChanged, forward);
    };
  },
} satisfies PodiumBridge;

contextBridge.exposeInMainWorld('podium', bridge);
