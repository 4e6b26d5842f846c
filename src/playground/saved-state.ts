import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Clock } from './clock.js';
import type { Saved, Workspace } from './workspace.js';

// The playground's conversations and clock, kept beside its decision log so a restart shows
// the same channels the log refers to. Written at most a few times a second, atomically.

interface File extends Saved {
  clockOffsetMs: number;
}

/** Restores what `path` holds, then saves every change there; returns a final save. */
export function keepSaved(ws: Workspace, clock: Clock, path: string): () => void {
  if (existsSync(path)) {
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as File;
      ws.restore(saved);
      clock.offsetMs = saved.clockOffsetMs;
    } catch (error) {
      process.stderr.write(
        `Starting with empty conversations: ${path} is unreadable (${String(error)})\n`,
      );
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const file: File = { ...ws.snapshot(), clockOffsetMs: clock.offsetMs };
    writeFileSync(`${path}.tmp`, JSON.stringify(file));
    renameSync(`${path}.tmp`, path);
  };
  ws.onChange = () => {
    timer ??= setTimeout(save, 200);
  };
  return save;
}
