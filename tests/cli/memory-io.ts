import type { CliIo } from '../../cli/commands';

/** In-memory files for an in-process `runCli`: what the command writes stays in `files`. */
export function memoryIo(files: Map<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    async readFile(path) {
      const bytes = files.get(path);
      if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    async writeFileAtomic(path, text) {
      files.set(path, new TextEncoder().encode(text));
    },
    async copyFile(from, to) {
      files.set(to, files.get(from)!);
    },
    version: 'test',
  };
  return { io, out, err };
}
