import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import { COMMANDS } from '../../blocks/ids.js';
import { freePort, startProcess } from '../support/app-process.js';
import { type Call, FakeSlack } from '../support/fake-slack.js';
import { ANSWERS, submission } from '../support/flow.js';
import { SIGNING_SECRET, signedHeaders, slashCommand } from '../support/slack-requests.js';
import { percentile } from './stats.js';

const REQUESTS = 2000;
const KEY = /bench-\d+-\d+/;

type Kind = 'command' | 'submission';

/** Sends signed requests to an app process and times each until its Web API call reaches the fake. */
async function measure(
  fake: FakeSlack,
  port: number,
  kind: Kind,
  concurrency: number,
  run: number,
) {
  const waiting = new Map<string, () => void>();
  const listener = (call: Call) => {
    const key = call.raw.match(KEY)?.[0];
    if (key) waiting.get(key)?.();
  };
  fake.listeners.push(listener);
  const view = buildAssessmentModal({}, { channel: 'C0BENCH', private: false }, true);
  const endpoint = `http://127.0.0.1:${port}/slack/events`;
  const times: number[] = [];
  let next = 0;
  async function worker() {
    while (next < REQUESTS) {
      const key = `bench-${run}-${next++}`;
      const body =
        kind === 'command'
          ? slashCommand({ command: COMMANDS.assess, text: key })
          : submission(view, { ...ANSWERS, task: key }, { viewId: `V${key}` });
      const reached = new Promise<void>((resolve) => waiting.set(key, resolve));
      const start = performance.now();
      const res = await fetch(endpoint, { method: 'POST', headers: signedHeaders(body), body });
      await res.arrayBuffer();
      await reached;
      times.push(performance.now() - start);
      waiting.delete(key);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  fake.listeners.splice(fake.listeners.indexOf(listener), 1);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function runApp(fake: FakeSlack, script: string | undefined, ready: RegExp) {
  const port = await freePort();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'bench-')), 'decisions.db'),
    LOG_LEVEL: 'error',
  };
  const proc = await startProcess(env, script, ready);
  const results: Record<string, { p50: number; p99: number }> = {};
  let run = 0;
  for (const kind of ['command', 'submission'] as const) {
    for (const concurrency of [1, 20]) {
      await measure(fake, port, kind, 20, ++run); // warm up
      results[`${kind} c=${concurrency}`] = await measure(fake, port, kind, concurrency, ++run);
    }
  }
  await proc.stop();
  return results;
}

export async function benchSlackHttp(): Promise<void> {
  const fake = await new FakeSlack().start();
  fake.record = false;
  const app = await runApp(fake, undefined, /is running/);
  const bare = await runApp(fake, 'test/bench/bare-app.ts', /bare app is running/);
  await fake.stop();
  const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
  console.log(
    `\nslack over HTTP: ${REQUESTS} signed requests per row, app and bare Bolt each in their own process`,
  );
  console.log(
    `  ${'case'.padEnd(16)}${'app p50'.padStart(10)}${'app p99'.padStart(10)}${'bare p50'.padStart(10)}${'bare p99'.padStart(10)}  p99 ratio (goal)`,
  );
  for (const [name, a] of Object.entries(app)) {
    const b = bare[name] ?? a;
    const goal = name.startsWith('command') ? 1.5 : 2;
    console.log(
      `  ${name.padEnd(16)}${ms(a.p50)}${ms(a.p99)}${ms(b.p50)}${ms(b.p99)}  ${(a.p99 / b.p99).toFixed(2)} (<= ${goal})`,
    );
  }
}
