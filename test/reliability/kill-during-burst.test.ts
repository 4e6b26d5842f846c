import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { FakeSlack } from '../support/fake-slack.js';
import { ANSWERS, submission } from '../support/flow.js';
import { slashCommand } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';
import { startAppProcess } from './support/app.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const BURST = 60;

/** The decision each recommendation posted in a channel is for (its buttons' block id). */
const postedDecisions = (fake: FakeSlack) =>
  fake
    .callsTo('chat.postMessage')
    .filter((c) => String(c.args.channel).startsWith('C'))
    .flatMap((c) =>
      fake.blocksOf(c).flatMap((b) => b.block_id?.match(/^decision_actions_(\d+)$/)?.[1] ?? []),
    )
    .map(Number);

describe('kill -9 during a burst of submissions', () => {
  it('every acknowledged submission is stored (the database passes its integrity check) and, after a restart, posted once or its requester told', async () => {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    const dbPath = join(mkdtempSync(join(tmpdir(), 'kill-')), 'decisions.db');
    const acked: string[] = [];
    for (const round of [1, 2, 3]) {
      const app = await startAppProcess(fake, dbPath);
      const { post } = app;
      if (round === 1) {
        await post(slashCommand({ command: COMMANDS.assess }));
        await fake.waitFor('views.open');
      }
      const view = fake.callsTo('views.open')[0]?.args.view as never;
      let killed: Promise<void> | undefined;
      await Promise.all(
        Array.from({ length: BURST }, async (_, i) => {
          const viewId = `VKILL${round}x${i}`;
          const res = await post(submission(view, ANSWERS, { viewId, hash: 'h' })).catch(
            () => null,
          );
          if (res?.status !== 200) return;
          acked.push(`${viewId}:h`);
          if (acked.length === round * (BURST / 3)) killed = app.kill();
        }),
      );
      await (killed ?? app.kill());
    }
    const db = new Database(dbPath, { readonly: true });
    const ids = new Map(
      db
        .prepare('SELECT source_key AS k, id FROM decisions')
        .all()
        .map((r) => [(r as { k: string }).k, (r as { id: number }).id]),
    );
    expect(acked.length).toBeGreaterThanOrEqual(BURST);
    expect(acked.filter((k) => !ids.has(k))).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    // Restarted once more: what the kills left owed is posted, nothing twice. A post the kill
    // caught on its way (marked as sent, no answer yet) may or may not be in Slack, so it is not
    // sent again: its requester is told by DM that it may not have been posted.
    const app = await startAppProcess(fake, dbPath);
    cleanup.push(() => app.stop());
    const toldInstead = () =>
      fake
        .callsTo('chat.postMessage')
        .filter((c) => String(c.args.channel).startsWith('D'))
        .flatMap(
          (c) => String(c.args.text).match(/I may not have posted decision #(\d+)/)?.[1] ?? [],
        )
        .map(Number);
    const unaccounted = () => {
      const done = new Set([...postedDecisions(fake), ...toldInstead()]);
      return acked.filter((k) => !done.has(ids.get(k) ?? 0));
    };
    /** Where each one not accounted for stands in the outbox, to say why. */
    const outboxOf = (keys: string[]) => {
      const file = new Database(dbPath, { readonly: true });
      const read = file.prepare('SELECT state, last_error AS error FROM outbox WHERE key = ?');
      const rows = keys.map(
        (k) => `${k}: ${JSON.stringify(read.get(`recommendation:${ids.get(k)}`))}`,
      );
      file.close();
      return rows.join('; ');
    };
    await waitUntil(
      () => (unaccounted().length === 0 ? true : undefined),
      'every acknowledged submission posted, or its requester told',
      40_000,
      () =>
        `; ${unaccounted().length} of ${acked.length} acknowledged neither posted nor told: ${outboxOf(unaccounted())}`,
    );
    const posts = postedDecisions(fake);
    expect(posts.length - new Set(posts).size).toBe(0);
  }, 150_000);
});
