import type { PodiumBridge } from '../../../shared/ipc/contract';
import type { Platform } from './types';

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Electron implementation over the preload bridge (`window.podium`). */
export function createElectronPlatform(bridge: PodiumBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    openFile: (options = {}) =>
      bridge.openFile({
        title: options.title,
        ...(options.kind ? { kind: options.kind } : {}),
        filters: options.extensions
          ? [{ name: 'Supported files', extensions: options.extensions }]
          : undefined,
      }),
    async saveTextFile(defaultName, text, extensions) {
      const result = await bridge.saveTextFile({
        defaultName,
        text,
        filters: extensions ? [{ name: 'Files', extensions }] : undefined,
      });
      return result.ok ? { ok: true, value: result.value?.path ?? null } : result;
    },
    async saveBlob(defaultName, blob) {
      // Binary saves go through the same text channel as a data URL-free base64 payload.
      const result = await bridge.saveTextFile({
        defaultName,
        text: await blobToBase64(blob),
        encoding: 'base64',
      });
      return result.ok ? { ok: true, value: result.value?.path ?? null } : result;
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setMenuLabels: (labels) => bridge.setMenuLabels(labels),
    folderSync: {
      chooseFolder: () => bridge.chooseSyncFolder({ title: 'Choose the shared folder' }),
      writeSlip: (folder, fileName, text) => bridge.writeSyncSlip({ folder, fileName, text }),
      readSlips: (folder) => bridge.readSyncFolder({ folder }),
      watch: (folder) => bridge.watchSyncFolder({ folder }),
      unwatch: (folder, forget) => bridge.unwatchSyncFolder({ folder, forget }),
      onChange: (listener) => bridge.onSyncFolderChanged(listener),
    },
  };
}
