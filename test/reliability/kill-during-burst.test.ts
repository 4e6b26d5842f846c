import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../blocks/ids.js';
import { FakeSlack } from '../support/fake-slack.js';
import { ANSWERS, submission } from '../support/flow.js';
import { slashCommand } from '../support/slack-requests.js';
import { startAppProcess } from './support/app.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const BURST = 60;

describe('kill -9 during a burst of submissions', () => {
  it('every acknowledged submission is in the database, which passes its integrity check', async () => {
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
    const stored = new Set(
      db
        .prepare('SELECT source_key AS k FROM decisions')
        .all()
        .map((r) => (r as { k: string }).k),
    );
    expect(acked.length).toBeGreaterThanOrEqual(BURST);
    expect(acked.filter((k) => !stored.has(k))).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
