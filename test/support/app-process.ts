import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

function spawnTsx(script: string, env: Record<string, string>) {
  const child: ChildProcess = spawn(join(root, 'node_modules/.bin/tsx'), [script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
  };
  // Registered first, so other listeners see the output including their own chunk.
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => text };
}

/** Runs `script` (default: the app, as `npm start` does) in its own process; resolves once it says it is running. */
export async function startProcess(
  env: Record<string, string>,
  script = 'src/main.ts',
  ready = /is running/,
) {
  const { child, output } = spawnTsx(script, env);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 30 s:\n${output()}`)), 30_000);
    const onData = () => {
      if (ready.test(output())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output()}`)));
  });
  // Found now, so a kill lands at once: the instant a test decides, not after a `ps`.
  const appPids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], {
    encoding: 'utf8',
  })
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return {
    output,
    /** SIGKILL to the app's node process (tsx's child), as a crash ends it: no shutdown at all. */
    kill: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        for (const pid of appPids) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // It has exited already.
          }
        }
        child.kill('SIGKILL');
      }),
    /** SIGTERM, as a process manager sends it; resolves with the exit code. */
    stop: () =>
      new Promise<number | null>((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the app until it exits by itself (a start-up failure); its exit code and output. */
export function runToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnTsx('src/main.ts', env);
  return new Promise((resolve) =>
    child.once('close', (code) => resolve({ code, output: output() })),
  );
}
