export { FolderSyncAgent } from './FolderSyncAgent';
export { FolderSyncPanel } from './FolderSyncPanel';
export { slipFileName, syncFolderKey, type SyncFolderConfig } from './config';
