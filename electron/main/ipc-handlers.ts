import { MAX_BACKUP_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type {
  AppInfo,
  Result,
  FileFilter,
  OpenedFile,
  PodiumBridge,
  SavedFile,
} from '../../shared/ipc/contract';
import { messageOf } from '../../shared/common/result';
import type { MenuLabels } from '../../shared/ipc/menu-labels';
import { fileProblem, unexpectedProblem } from '../../shared/files/problems';
import { isAppUrl } from './app-origin';
import type { ReadFileResult, WriteResult } from './file-io';
import { unavailableFolderSync, type FolderSyncHandlers } from './folder-sync-handlers';
import {
  argumentSchemas,
  describeValidationError,
  type InvokeMethod,
  type ValidatedArgs,
} from './ipc-validation';

export type { InvokeMethod } from './ipc-validation';

type ResultOf<K extends InvokeMethod> = Awaited<ReturnType<PodiumBridge[K]>>;

/**
 * Main-process handlers, one per invoke method of the contract. They receive
 * arguments already validated, and return errors as data.
 */
export type MainHandlers = {
  [K in InvokeMethod]: (...args: ValidatedArgs<K>) => Promise<ResultOf<K>>;
};

/** What the handlers need from Electron and the disk, injected so tests need neither. */
export interface HandlerDeps {
  appInfo(): AppInfo;
  /** Shows the open dialog; the chosen path, or null when cancelled. */
  chooseFileToOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Shows the save dialog; the chosen path, or null when cancelled. */
  chooseFileToSave(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  /** Reads a chosen file's bytes, refusing one over `maxBytes`. */
  readFileBytes(path: string, maxBytes: number): Promise<ReadFileResult>;
  writeFile(path: string, content: string, encoding: 'utf8' | 'base64'): Promise<WriteResult>;
  /** Rebuilds the native menu with these (already validated) labels; absent where there is no menu. */
  applyMenuLabels?(labels: MenuLabels): void;
}

const ALL_FILES: FileFilter = { name: 'All files', extensions: ['*'] };

export function createHandlers(
  deps: HandlerDeps,
  folderSync: FolderSyncHandlers = unavailableFolderSync(),
): MainHandlers {
  return {
    ...folderSync,

    async appInfo() {
      return { ok: true, value: deps.appInfo() };
    },

    async setMenuLabels(labels) {
      deps.applyMenuLabels?.(labels);
      return { ok: true, value: true };
    },

    async openFile(request): Promise<Result<OpenedFile | null>> {
      const path = await deps.chooseFileToOpen({
        title: request.title ?? 'Open file',
        filters: [...(request.filters ?? []), ALL_FILES],
      });
      if (path === null) return { ok: true, value: null };
      return deps.readFileBytes(path, request.kind === 'backup' ? MAX_BACKUP_BYTES : MAX_FILE_BYTES);
    },

    async saveTextFile(request): Promise<Result<SavedFile | null>> {
      const path = await deps.chooseFileToSave({
        title: request.title ?? 'Save file',
        defaultName: request.defaultName,
        filters: request.filters ?? [],
      });
      if (path === null) return { ok: true, value: null };
      const written = await deps.writeFile(path, request.text, request.encoding ?? 'utf8');
      return written.ok ? { ok: true, value: { path: written.value } } : written;
    },
  } satisfies MainHandlers;
}

/** The part of an IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/**
 * Only the app's own pages may call the bridge: not a page that somehow got
 * navigated elsewhere, nor a frame from another origin. A missing frame
 * (navigated away or destroyed) is refused too.
 */
export function isTrustedSender(event: SenderEvent, devServerUrl?: string): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url, devServerUrl);
}

export interface DispatchOptions {
  devServerUrl?: string;
  /** Where unexpected exceptions are reported; the renderer only gets a plain message. */
  logError?: (message: string, error: unknown) => void;
}

export type Dispatcher = <K extends InvokeMethod>(
  method: K,
  event: SenderEvent,
  args: readonly unknown[],
) => Promise<ResultOf<K>>;

/**
 * Wraps the handlers with the checks every call gets: sender, arguments,
 * and a catch-all so nothing is ever thrown across the bridge.
 */
export function createDispatcher(handlers: MainHandlers, options: DispatchOptions = {}): Dispatcher {
  const dispatch = async (method: InvokeMethod, event: SenderEvent, args: readonly unknown[]) => {
    if (!isTrustedSender(event, options.devServerUrl)) {
      return {
        ok: false,
        problems: [
          fileProblem('refused-request', 'Refused: the request did not come from the Podium League window.'),
        ],
      } as const;
    }
    const parsed = argumentSchemas[method].safeParse(args);
    if (!parsed.success)
      return {
        ok: false,
        problems: [unexpectedProblem(describeValidationError(method, parsed.error))],
      } as const;
    try {
      // The schema for `method` produced these arguments, so they fit its handler.
      const handler = handlers[method] as (...validated: readonly unknown[]) => Promise<Result<unknown>>;
      return await handler(...parsed.data);
    } catch (error) {
      options.logError?.(`podium: ${method} failed`, error);
      return {
        ok: false,
        problems: [unexpectedProblem(`Something went wrong (${method}): ${messageOf(error)}`)],
      } as const;
    }
  };
  return dispatch as Dispatcher;
}
