import { importCommand } from './import';
import { parseCommand } from './parse';
import { standingsCommand } from './standings';

/** What a command may touch: output streams and the file system, injectable for tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes atomically: temporary file in the same folder, then rename. */
  writeFileAtomic(path: string, text: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  version: string;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Command table; each command lives in its own module. */
export const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  standings: standingsCommand,
  import: importCommand,
};
