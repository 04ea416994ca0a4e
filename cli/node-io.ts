import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../shared/results/decode';
import type { CliIo } from './commands';
import { FileTooLargeError } from './errors';

/** Real file-system IO for the CLI. */
export function nodeIo(version: string): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    async readFile(file) {
      // Size first: a 10 GB file must be refused, not loaded.
      const { size } = await fs.stat(file);
      if (size > MAX_FILE_BYTES) throw new FileTooLargeError(size);
      return new Uint8Array(await fs.readFile(file));
    },
    async writeFileAtomic(file, text) {
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
      const handle = await fs.open(temp, 'w');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, file);
    },
    copyFile: (from, to) => fs.copyFile(from, to),
    version,
  };
}
