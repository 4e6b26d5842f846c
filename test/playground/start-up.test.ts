import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../support/wait.js';

/** `npm start` (src/main.ts) in its own process with exactly `env` besides PATH. */
function start(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'start-'));
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATABASE_PATH: join(dir, 'p.db'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let done = false;
  void exited.then(() => (done = true));
  /** Waits until the output matches (or the process exits: null), failing after 30 s. */
  const until = (pattern: RegExp) =>
    waitUntil(() => output.match(pattern) ?? (done ? null : undefined), `${pattern}`, 30_000);
  return { child, exited, until, output: () => output };
}

describe('npm start with and without Slack settings', () => {
  it('with no Slack variable it runs the playground and prints the page address', async () => {
    const p = start({});
    const url = (await p.until(/Open (http:\/\/localhost:\d+)/))?.[1];
    expect(url, p.output()).toBeDefined();
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('playground');
    const state = (await (await fetch(`${url}/ui/state?user=U0ADA`)).json()) as {
      people: unknown[];
    };
    expect(state.people).toHaveLength(3);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 'set' }, 'SLACK_BOT_TOKEN is required'],
    [{ SLACK_BOT_TOKEN: '' }, 'SLACK_BOT_TOKEN is required'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN is required'],
  ])('with %o set it stays strict and names what is missing', async (env, problem) => {
    const p = start(env);
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain(problem);
    expect(p.output()).not.toContain('Playground');
  });
});
