import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { listEvents } from '../../src/store/events.js';
import { reminderFor } from '../../src/store/reminders.js';
import { click, clickForRequester } from '../support/clicks.js';
import { assessAndPost } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { ALICE, BOB, type Person } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** Alice's fine-tuning decision (42 days, from Monday 23 Nov) is adopted: when is she asked, in which zone? */
async function followUpAfterAdopting(by: Person = ALICE) {
  const d = await assessAndPost(h);
  if (by.id === ALICE.id) await click(h, ACTIONS.adopt, d, by);
  else await clickForRequester(h, ACTIONS.adopt, d, by);
  const r = await waitUntil(() => reminderFor(h.db, d.id), 'the follow-up');
  const scheduled = listEvents(h.db, d.id).find((e) => e.kind === 'follow_up_scheduled');
  // What the history records: the period and the zone the time was worked out in.
  expect(scheduled?.details).toMatchObject({ dueAt: r.dueAt.toISOString(), periodDays: 42 });
  return `${r.dueAt.toISOString()} ${scheduled?.details.timeZone}`;
}

describe('follow-ups in the requester’s time zone', () => {
  it('asks at 10:00 in the zone Slack gives for the requester', async () => {
    h.fake.users.set(ALICE.id, { tz: 'Asia/Tokyo' });
    expect(await followUpAfterAdopting()).toBe('2027-01-04T01:00:00.000Z Asia/Tokyo');
    expect(h.logs.join('')).not.toContain('No time zone');
  });

  it('takes the requester’s zone, not the zone of whoever pressed Adopt', async () => {
    h.fake.users.set(ALICE.id, { tz: 'Asia/Tokyo' });
    h.fake.users.set(BOB.id, { tz: 'America/Los_Angeles' });
    expect(await followUpAfterAdopting(BOB)).toBe('2027-01-04T01:00:00.000Z Asia/Tokyo');
    expect(h.fake.callsTo('users.info').map((c) => c.args.user)).toEqual([ALICE.id]);
  });

  it('uses the configured zone, quietly, when the profile has none', async () => {
    h.fake.users.set(ALICE.id, { tz: null });
    expect(await followUpAfterAdopting()).toBe('2027-01-04T09:00:00.000Z Europe/Berlin');
    expect(h.logs.join('')).not.toContain('No time zone');
  });

  it('uses the configured zone, quietly, when Slack answers without a profile', async () => {
    h.fake.on('users.info', () => ({ ok: true }));
    expect(await followUpAfterAdopting()).toBe('2027-01-04T09:00:00.000Z Europe/Berlin');
    expect(h.logs.join('')).not.toContain('No time zone');
  });

  it('uses the configured zone and says why when Slack refuses (a missing scope)', async () => {
    h.fake.users.set(ALICE.id, { error: 'missing_scope' });
    expect(await followUpAfterAdopting()).toBe('2027-01-04T09:00:00.000Z Europe/Berlin');
    const warning = h.logs.find((line) => line.includes('No time zone'));
    expect(warning).toContain(' WARN ');
    expect(warning).toContain(
      `No time zone for <@${ALICE.id}> (users.info: missing_scope); follow-ups use Europe/Berlin.`,
    );
    expect(warning).toContain('Europe/Berlin');
  });
});
