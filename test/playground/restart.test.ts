import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPlayground } from '../../src/playground/start.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

describe('restarting the playground', () => {
  it('keeps the conversations and the skipped time beside the decision log', async () => {
    const env = {
      PORT: '0',
      DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'restart-')), 'p.db'),
      LOG_LEVEL: 'error',
    };
    const first = await startPlayground(env);
    first.workspace.post({
      channel: 'C0MLTEAM',
      user: 'U0APP',
      text: 'Recommendation for “Sort mail”',
    });
    await fetch(`${first.url}/ui/clock`, { method: 'POST', body: JSON.stringify({ to: 'week' }) });
    await first.stop();

    const second = await startPlayground(env);
    try {
      const seen = second.workspace.viewFor('U0BEN');
      expect(seen.messages.map((m) => m.text)).toEqual(['Recommendation for “Sort mail”']);
      expect(Date.parse(seen.now) - Date.now()).toBeGreaterThan(WEEK_MS - 60_000);
      // New messages follow the restored ones.
      const next = second.workspace.post({ channel: 'C0MLTEAM', user: 'U0APP', text: 'later' });
      expect(next.ts > (seen.messages[0]?.ts ?? '')).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
