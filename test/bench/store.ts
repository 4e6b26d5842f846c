import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardFor } from '../../src/decisions/card.js';
import { assess } from '../../src/engine/index.js';
import { openDatabase } from '../../src/store/db.js';
import { createDecision, setMessage } from '../../src/store/decisions.js';
import { READY_TO_TUNE } from '../support/profiles.js';

/** The store work of one submission (record, draw the card, record the message) on a file database. */
export function benchStore(): void {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const db = openDatabase(join(dir, 'decisions.db'));
  const assessment = assess(READY_TO_TUNE);
  const once = (i: number) => {
    const input = {
      teamId: 'T',
      channelId: 'C',
      channelPrivate: false,
      requesterId: 'U',
      profile: READY_TO_TUNE,
      assessment,
      sourceKey: `s${i}`,
    };
    const { decision } = createDecision(db, input, new Date());
    cardFor(db, decision);
    setMessage(db, decision.id, 'C', '1.000100', { actorId: 'U', at: new Date() });
  };
  for (let i = 0; i < 200; i++) once(-1 - i);
  const n = 3000;
  const t = performance.now();
  for (let i = 0; i < n; i++) once(i);
  console.log(
    `\nstore work per submission (create, card, record the message): ${(((performance.now() - t) / n) * 1000).toFixed(0)} us`,
  );
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
