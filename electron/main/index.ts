/**
 * Main-process wiring. The decisions live in small pure modules next to this
 * file (tested in Node, since the Electron binary is not available on build
 * machines); this file only connects them to Electron.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import {
  IPC_CHANNELS,
  type AppInfo,
  type MenuCommand,
  type SyncFolderChange,
} from '../../shared/ipc/contract';
import { APP_SCHEME } from './app-origin';
import { readFileBytes, writeFileContent } from './file-io';
import {
  FolderWatchers,
  readSlipFolder,
  SlipReadCache,
  slipExists,
  writeSlipAtomically,
} from './folder-sync';
import { createFolderSyncHandlers } from './folder-sync-handlers';
import { createDispatcher, createHandlers } from './ipc-handlers';
import { INVOKE_METHODS } from './ipc-validation';
import { createMainWindow } from './main-window';
import { preloadPathFor } from './window-options';
import { buildMenuTemplate, englishMenuLabels, menuLanguage } from './menu';
import { attachNavigationGuards } from './navigation-guards';
import { isPermissionGranted } from './permissions';
import { createAppProtocolHandler } from './protocol';
import { createRendererRecovery } from './renderer-recovery';
import { loadSyncFolderRegistry } from './sync-folders';

/** Set by electron-vite in development only; a packaged app never loads from a server. */
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererDir = join(__dirname, '../renderer');
const preloadPath = preloadPathFor(__dirname);

// Both must happen before 'ready'. A standard + secure scheme gives the app a
// real origin (app://podium) for IndexedDB and fetch, without file:// rights.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

/** Reload with a message when the page dies or hangs, so the window is never left dead. */
function attachRecovery(window: BrowserWindow): void {
  const recovery = createRendererRecovery({
    window: {
      isDestroyed: () => window.isDestroyed(),
      reload: () => window.webContents.reload(),
      forcefullyCrashRenderer: () => window.webContents.forcefullyCrashRenderer(),
    },
    async showMessage({ signal, ...options }) {
      if (window.isDestroyed()) return 0;
      const result = await dialog.showMessageBox(window, { ...options, signal, noLink: true });
      return result.response;
    },
    async saveReport(text) {
      const target = await dialog.showSaveDialog(window, {
        title: 'Save a problem report',
        defaultPath: join(app.getPath('documents'), 'podium-league-report.txt'),
        filters: [{ name: 'Text', extensions: ['txt'] }],
      });
      if (target.canceled || !target.filePath) return false;
      return (await writeFileContent(target.filePath, text)).ok;
    },
    describeApp: () => {
      const info = appInfo();
      return `${info.name} ${info.version} · Electron ${info.electron} · Chrome ${info.chrome} · ${info.platform}`;
    },
    now: () => new Date(),
  });
  window.webContents.on(
    'render-process-gone',
    (_event, details) => void recovery.onRenderProcessGone(details),
  );
  window.on('unresponsive', () => recovery.onUnresponsive());
  window.on('responsive', () => recovery.onResponsive());
}

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({ userDataPath: app.getPath('userData'), preloadPath, devServerUrl });
  attachRecovery(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function focusMainWindow(): BrowserWindow {
  const window = mainWindow ?? openMainWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  focusMainWindow().webContents.send(IPC_CHANNELS.onMenuCommand, command);
}

function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
    platform: `${process.platform} ${process.arch}`,
    userDataPath: app.getPath('userData'),
  };
}

/** Folder changes go to the main window only; with no window open there is nobody to tell. */
function sendSyncFolderChange(change: SyncFolderChange): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    mainWindow.webContents.send(IPC_CHANNELS.onSyncFolderChanged, change);
  }
}

const folderWatchers = new FolderWatchers(sendSyncFolderChange);

/** One cache per chosen folder (the registry holds at most a few dozen). */
const readCaches = new Map<string, SlipReadCache>();
function readCacheFor(folder: string): SlipReadCache {
  let cache = readCaches.get(folder);
  if (!cache) readCaches.set(folder, (cache = new SlipReadCache()));
  return cache;
}

/** The native menu, rebuilt in the window's language whenever the renderer sends new labels. */
function installMenu(): ReturnType<typeof menuLanguage> {
  return menuLanguage(englishMenuLabels(app.getName()), (labels) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          appName: app.getName(),
          isDev: devServerUrl !== undefined,
          send: sendMenuCommand,
          labels,
        }),
      ),
    ),
  );
}

async function registerIpc(): Promise<void> {
  const nativeMenu = installMenu();
  const registry = await loadSyncFolderRegistry(join(app.getPath('userData'), 'sync-folders.json'));
  const folderSync = createFolderSyncHandlers({
    registry,
    async chooseFolder({ title }) {
      const options = {
        title,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    writeSlip: writeSlipAtomically,
    slipExists,
    readFolder: (folder) => readSlipFolder(folder, { cache: readCacheFor(folder) }),
    watch: (folder) => folderWatchers.watch(folder),
    unwatch: (folder) => folderWatchers.unwatch(folder),
  });
  const handlers = createHandlers(
    {
      appInfo,
      async chooseFileToOpen({ title, filters }) {
        const options = { title, filters, properties: ['openFile' as const] };
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseFileToSave({ title, defaultName, filters }) {
        const options = {
          title,
          filters,
          defaultPath: join(app.getPath('documents'), defaultName),
          properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
        };
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      readFileBytes,
      writeFile: writeFileContent,
      applyMenuLabels: (labels) => {
        nativeMenu.apply(labels);
      },
    },
    folderSync,
  );
  const dispatch = createDispatcher(handlers, {
    devServerUrl,
    logError: (message, error) => console.error(message, error),
  });
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(IPC_CHANNELS[method], (event, ...args: unknown[]) => dispatch(method, event, args));
  }
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionGranted(permission, contents.getURL(), devServerUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devServerUrl),
  );
}

function start(): void {
  app.on('second-instance', () => {
    // A launch during start-up finds the window about to open anyway.
    if (app.isReady()) focusMainWindow();
  });

  // Every webContents, including any the app never meant to create.
  app.on('web-contents-created', (_event, contents) => {
    attachNavigationGuards(contents, { devServerUrl });
  });

  app.on('window-all-closed', () => {
    // A reopened window (macOS) asks to watch again when its agent mounts.
    folderWatchers.closeAll();
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(async () => {
    lockDownSession();
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
    // Before the window opens, so the page never calls a channel without a handler.
    await registerIpc();
    app.setAboutPanelOptions({
      applicationName: app.getName(),
      applicationVersion: app.getVersion(),
      copyright:
        'MIT licence. Not affiliated with Polyphony Digital, Sony Interactive Entertainment or the FIA.',
    });
    openMainWindow();
  });
}

// A second launch hands over to the running app (which focuses its window)
// instead of opening a second copy on the same database.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
