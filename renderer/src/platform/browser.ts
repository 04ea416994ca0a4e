import type { Result } from '../../../shared/ipc/contract';
import type { OpenFileOptions, Platform, PlatformFile } from './types';
import { MAX_BACKUP_BYTES, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { readBrowserFile } from './read-file';

function download(name: string, blob: Blob): Result<string> {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: name };
}

function pickFile(options: OpenFileOptions): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    if (options.extensions?.length) input.accept = options.extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Browser implementation: file input, downloads, no native menu. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async appInfo() {
      return {
        ok: true,
        value: {
          name: 'Podium League',
          version: __APP_VERSION__,
          electron: '—',
          chrome: navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? '—',
          node: '—',
          platform: 'browser',
          userDataPath: 'Browser storage (IndexedDB) for this site',
        },
      };
    },
    async openFile(options = {}): Promise<Result<PlatformFile | null>> {
      const file = await pickFile(options);
      if (!file) return { ok: true, value: null };
      return readBrowserFile(file, options.kind === 'backup' ? MAX_BACKUP_BYTES : MAX_FILE_BYTES);
    },
    async saveTextFile(defaultName, text) {
      return download(defaultName, new Blob([text], { type: 'text/plain;charset=utf-8' }));
    },
    async saveBlob(defaultName, blob) {
      return download(defaultName, blob);
    },
    onMenuCommand() {
      return () => {};
    },
    async setMenuLabels() {
      return { ok: true, value: true };
    },
  };
}
