import { setMessage } from '../../src/store/decisions.js';
import { scheduleReminder } from '../../src/store/reminders.js';
import type { Decision } from '../../src/store/schema.js';
import type { Harness } from './harness.js';
import { type SeedOptions, seedDecision } from './seed.js';

let ts = 0;

/** An adopted decision, posted in #general, whose follow-up falls due at `dueAt`. */
export function adoptedWithFollowUp(
  h: Harness,
  dueAt: Date,
  o: Omit<SeedOptions, 'status'> = {},
): Decision {
  const d = seedDecision(h.db, { status: 'adopted', ...o });
  const messageTs = `1763000000.${String(++ts).padStart(6, '0')}`;
  setMessage(h.db, d.id, d.channelId, messageTs, {
    actorId: d.requesterId,
    at: dueAt,
  });
  scheduleReminder(h.db, d.id, dueAt, {
    actorId: d.requesterId,
    at: dueAt,
    kind: 'follow_up_scheduled',
    details: { periodDays: 14, timeZone: 'Europe/Berlin' },
  });
  return { ...d, messageChannel: d.channelId, messageTs };
}
