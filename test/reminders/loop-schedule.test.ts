import { LogLevel, webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ReminderLoop } from '../../src/reminders/loop.js';
import { openDatabase } from '../../src/store/db.js';

// When the loop runs, on the clock: only timers are simulated, and with nothing due a pass
// reads the database and nothing else.
let lines: string[];
function loopOn(db = openDatabase(':memory:')) {
  const logger = createLogger(LogLevel.INFO, [], (line) => {
    lines.push(line);
  });
  const client = new webApi.WebClient('xoxb-unused', { slackApiUrl: 'http://127.0.0.1:9/api/' });
  // Nothing is ever due here, so the outbox is never handed a message.
  const outbox = { sendNow: async () => [] };
  const loop = new ReminderLoop({
    ctx: { db, client, logger, now: () => new Date(), defaultTimeZone: 'UTC', outbox },
    worker: 'w1',
  });
  return { loop, passes: vi.spyOn(loop, 'tick'), db };
}

beforeEach(() => {
  lines = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the follow-up loop on the clock', () => {
  it('passes at once, then every pollSeconds, and not once stopped', async () => {
    const { loop, passes } = loopOn();
    loop.start(60);
    await vi.advanceTimersByTimeAsync(0);
    expect(passes).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(passes).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(passes).toHaveBeenCalledTimes(2);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(passes).toHaveBeenCalledTimes(2);
  });

  it('passes no more once stopped in the middle of a pass, when that pass ends', async () => {
    const { loop, passes } = loopOn();
    let endPass = () => {};
    passes.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          endPass = () => resolve({ sent: 0, retried: 0, failed: 0 });
        }),
    );
    loop.start(60);
    const stopping = loop.stop();
    endPass();
    await stopping;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(passes).toHaveBeenCalledTimes(1);
  });

  it('starts again after a stop', async () => {
    const { loop, passes } = loopOn();
    loop.start(60);
    await vi.advanceTimersByTimeAsync(0);
    await loop.stop();
    loop.start(60);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(passes).toHaveBeenCalledTimes(3);
    await loop.stop();
  });

  it('logs a failed pass and keeps polling', async () => {
    const { loop, passes, db } = loopOn();
    db.$client.close();
    loop.start(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toHaveBeenCalledTimes(2);
    expect(
      lines.filter((l) => l.includes('ERROR [finetune-or-prompt] Follow-up loop failed:')),
    ).toHaveLength(2);
    await loop.stop();
  });

  it('stops at once when it was never started', async () => {
    const { loop, passes } = loopOn();
    await expect(loop.stop()).resolves.toBeUndefined();
    expect(passes).not.toHaveBeenCalled();
  });
});
