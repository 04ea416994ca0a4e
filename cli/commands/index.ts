/** What a command may touch: output streams and the file system, injectable for tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * A file's bytes (`-`: standard input); throws `FileTooLargeError` for files over 5 MB
   * without reading them and an error coded `EFBIG`/`ENOTREG` for endless input or devices.
   */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes atomically: temporary file in the same folder, then rename. */
  writeFileAtomic(path: string, text: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  version: string;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Command table; each command lives in its own module, loaded only when it
 * runs: `podium --help` then starts without the parsers, the schemas or the
 * engine, and each command without the others' code.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: () => import('./parse').then((m) => m.parseCommand),
  standings: () => import('./standings').then((m) => m.standingsCommand),
  import: () => import('./import').then((m) => m.importCommand),
  season: () => import('./season').then((m) => m.seasonCommand),
};
