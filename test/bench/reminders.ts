import { LogLevel, webApi } from '@slack/bolt';
import { type Ctx, contextOf } from '../../src/decisions/context.js';
import { outboxSettlement } from '../../src/decisions/outbox-settlement.js';
import { assess } from '../../src/engine/index.js';
import { createLogger } from '../../src/logger.js';
import { slackSender } from '../../src/outbox/slack.js';
import { OutboxWorker, type Send } from '../../src/outbox/worker.js';
import { ReminderLoop } from '../../src/reminders/loop.js';
import { type DB, openDatabase } from '../../src/store/db.js';
import { createDecision, setMessage, transition } from '../../src/store/decisions.js';
import { scheduleReminder } from '../../src/store/reminders.js';
import { FakeSlack } from '../support/fake-slack.js';
import { NEUTRAL } from '../support/profiles.js';

const COUNT = 10_000;
const due = new Date('2026-12-07T09:00:00Z');

function seed(db: DB): void {
  const assessment = assess(NEUTRAL);
  db.$client.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const input = {
        teamId: 'T1',
        channelId: `C${i % 50}`,
        channelPrivate: false,
        requesterId: `U${i % 300}`,
        profile: NEUTRAL,
        assessment,
        sourceKey: `r-${i}`,
      };
      const { decision } = createDecision(db, input, due);
      transition(
        db,
        decision.id,
        'adopted',
        { actorId: 'U1', at: due, kind: 'adopted', details: { approach: 'prompt' } },
        { adoptedApproach: 'prompt' },
      );
      setMessage(db, decision.id, input.channelId, `1763000000.${String(i).padStart(6, '0')}`, {
        actorId: 'U1',
        at: due,
      });
      scheduleReminder(db, decision.id, due, {
        actorId: 'U1',
        at: due,
        kind: 'follow_up_scheduled',
        details: { periodDays: 14, timeZone: 'UTC' },
      });
    }
  })();
}

/** The follow-up loop and its outbox, sending with `send`; App Home goes through `client`. */
function loop(db: DB, send: Send, client: webApi.WebClient, worker: string) {
  const logger = createLogger(LogLevel.ERROR, [], () => {});
  let ctx: Ctx | undefined;
  const now = () => due;
  const settlement = outboxSettlement(() => ctx as Ctx);
  const outbox = new OutboxWorker({ db, now, send, worker, logger, settlement });
  ctx = contextOf({ db, now, defaultTimeZone: 'UTC', outbox }, client, logger);
  return new ReminderLoop({ ctx, worker, batchSize: 500, concurrency: 20 });
}

/** 10,000 follow-ups due at once: sent exactly once, throughput, and the loop's own cost. */
export async function benchReminders(): Promise<void> {
  const fake = await new FakeSlack().start();
  const db = openDatabase(':memory:');
  seed(db);
  const client = new webApi.WebClient('xoxb-bench', {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
  });
  const send = slackSender('xoxb-bench', fake.apiUrl);
  const t0 = performance.now();
  const result = await loop(db, send, client, 'bench').tick();
  const seconds = (performance.now() - t0) / 1000;
  const perThread = new Map<string, number>();
  for (const c of fake.callsTo('chat.postMessage'))
    perThread.set(String(c.args.thread_ts), (perThread.get(String(c.args.thread_ts)) ?? 0) + 1);
  const once = [...perThread.values()].every((n) => n === 1) && perThread.size === COUNT;
  await fake.stop();

  // The loop's own cost: the same work with a Web API that answers instantly, in process.
  const quiet = openDatabase(':memory:');
  seed(quiet);
  let ts = 0;
  const instant: Send = async (_row, claim) =>
    claim() ? { ok: true, result: { ts: `1.${++ts}` } } : undefined;
  const noHome = { apiCall: async () => ({ ok: true }) } as unknown as webApi.WebClient;
  const t1 = performance.now();
  await loop(quiet, instant, noHome, 'overhead').tick();
  const overheadMs = (performance.now() - t1) / COUNT;

  console.log(
    `\nfollow-ups: ${COUNT.toLocaleString('en-US')} due at once, posted to the fake Web API over HTTP`,
  );
  console.log(
    `  sent ${result.sent.toLocaleString('en-US')}, each exactly once: ${once ? 'yes' : 'NO'}`,
  );
  console.log(
    `  throughput ${Math.round(result.sent / seconds).toLocaleString('en-US')} follow-ups/s (${seconds.toFixed(1)} s)`,
  );
  console.log(`  loop overhead ${overheadMs.toFixed(3)} ms per follow-up (goal <= 0.5 ms)`);
}
