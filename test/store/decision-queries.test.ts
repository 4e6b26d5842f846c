import { addDays, addMilliseconds } from 'date-fns';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DB, openDatabase } from '../../src/store/db.js';
import { countBy, ftsQuery, listDecisions, type Viewer } from '../../src/store/decision-queries.js';
import { dueDecisionIds } from '../../src/store/reminders.js';
import { reminders } from '../../src/store/schema.js';
import { NEUTRAL } from '../support/profiles.js';
import { seedDecision } from '../support/seed.js';

let db: DB;
beforeEach(() => {
  db = openDatabase(':memory:');
});

const page = { limit: 50, offset: 0 };
const ids = (viewer: Viewer, f = {}) => listDecisions(db, viewer, f, page).map((r) => r.id);
const alice: Viewer = { userId: 'U0ALICE', channelId: 'C0GENERAL' };
const bob: Viewer = { userId: 'U0BOB', channelId: 'C0GENERAL' };

describe('store: listing the decision log', () => {
  it('lists newest first, in pages', () => {
    const made = [1, 2, 3].map(
      (d) => seedDecision(db, { at: new Date(`2026-11-0${d}T10:00:00Z`) }).id,
    );
    expect(ids(alice)).toEqual([...made].reverse());
    expect(listDecisions(db, alice, {}, { limit: 2, offset: 2 }).map((r) => r.id)).toEqual([
      made[0],
    ]);
  });

  it('filters by channel, requester, open, status and approach, combined', () => {
    const a = seedDecision(db, { requesterId: 'U0ALICE' });
    const b = seedDecision(db, { requesterId: 'U0BOB', channelId: 'C0OTHER' });
    const c = seedDecision(db, { requesterId: 'U0ALICE', status: 'abandoned' });
    const rag = seedDecision(db, {
      requesterId: 'U0ALICE',
      profile: { ...NEUTRAL, knowledgeChange: 'weekly' },
    });
    expect(ids(alice, { channelId: 'C0OTHER' })).toEqual([b.id]);
    expect(ids(alice, { requesterId: 'U0ALICE' })).toEqual([rag.id, c.id, a.id]);
    expect(ids(alice, { open: true, requesterId: 'U0ALICE' })).toEqual([rag.id, a.id]);
    expect(ids(alice, { status: 'abandoned' })).toEqual([c.id]);
    expect(ids(alice, { approach: 'rag' })).toEqual([rag.id]);
    expect(ids(alice, { approach: 'rag', requesterId: 'U0BOB' })).toEqual([]);
  });

  it('matches the adopted approach once there is one', () => {
    const d = seedDecision(db, { status: 'adopted' });
    db.$client.prepare("update decisions set adopted_approach = 'hybrid' where id = ?").run(d.id);
    expect(ids(alice, { approach: 'hybrid' })).toEqual([d.id]);
    expect(ids(alice, { approach: d.recommendedApproach })).toEqual([]);
  });

  it('searches task and reasons with full text, best match first, and ignores query syntax', () => {
    const tickets = seedDecision(db, {
      profile: { ...NEUTRAL, task: 'Classify support tickets by urgency' },
    });
    const invoices = seedDecision(db, {
      profile: { ...NEUTRAL, task: 'Extract invoice totals; support tickets later' },
    });
    const catalogue = seedDecision(db, {
      profile: { ...NEUTRAL, task: 'Answer catalogue questions', knowledgeChange: 'weekly' },
    });
    expect(ids(alice, { text: 'ticket' }).sort()).toEqual([tickets.id, invoices.id].sort());
    expect(ids(alice, { text: 'classify tickets' })).toEqual([tickets.id]);
    expect(ids(alice, { text: 'retrieval' })).toContain(catalogue.id); // from a reason, not the task
    expect(ids(alice, { text: 'tickets OR NEAR( "*' })).toEqual([]);
    expect(ftsQuery('a "b" -c*')).toBe('"a" "b" "c"');
    expect(ftsQuery('*** "" -')).toBeUndefined();
    expect(ids(alice, { text: '*** ' })).toEqual([]);
  });

  it('selects follow-ups due within a window', () => {
    const soon = seedDecision(db, { status: 'adopted' });
    const later = seedDecision(db, { status: 'adopted' });
    const now = new Date('2026-11-23T10:00:00Z');
    const row = (decisionId: number, dueAt: Date) => ({
      decisionId,
      dueAt,
      nextAttemptAt: dueAt,
      updatedAt: now,
    });
    const edge = seedDecision(db, { status: 'adopted' });
    const past = seedDecision(db, { status: 'adopted' });
    const window = addDays(now, 7);
    db.insert(reminders)
      .values([
        row(soon.id, addDays(now, 3)),
        row(later.id, addMilliseconds(window, 1)),
        row(edge.id, window),
        row(past.id, window),
      ])
      .run();
    db.update(reminders).set({ state: 'sent' }).where(eq(reminders.decisionId, past.id)).run();
    expect(ids(alice, { ids: dueDecisionIds(db, window) })).toEqual([edge.id, soon.id]);
  });
});

describe('store: privacy of private channels, group DMs and DMs', () => {
  it('shows a private decision only in its conversation and to its requester', () => {
    const secret = seedDecision(db, {
      channelId: 'G0SECRET',
      channelPrivate: true,
      requesterId: 'U0ALICE',
    });
    const open = seedDecision(db, { channelId: 'C0GENERAL' });
    expect(ids(bob)).toEqual([open.id]);
    expect(ids(bob, { id: secret.id })).toEqual([]);
    expect(ids(bob, { text: 'meeting' })).toEqual([open.id]);
    expect(ids(bob, { status: 'proposed' })).toEqual([open.id]);
    expect(ids({ userId: 'U0BOB', channelId: 'G0SECRET' })).toContain(secret.id);
    expect(ids(alice)).toContain(secret.id);
    expect(countBy(db, { userId: 'U0BOB' }, 'status')).toEqual({ proposed: 1 });
    expect(countBy(db, { userId: 'U0ALICE' }, 'status')).toEqual({ proposed: 2 });
  });
});

describe('store: search window', () => {
  /** Adds `n` decisions that match the word parcels, newer than any before. */
  const addMatches = (n: number, like: number) =>
    db.$client
      .prepare(
        `insert into decisions (team_id, channel_id, channel_private, requester_id, task, engine_version, recommended_approach, status, created_at, updated_at, profile_json, assessment_json, source_key)
         with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
         select team_id, channel_id, channel_private, requester_id, 'parcels and other things', engine_version, recommended_approach, status, created_at, updated_at, profile_json, assessment_json, 'filler-' || i || '-' || ?
         from n, decisions where decisions.id = ?`,
      )
      .run(n, n, like);

  it('ranks only the newest 3,000 matches, so a common word stays fast', () => {
    const oldBest = seedDecision(db, {
      profile: { ...NEUTRAL, task: 'Sort parcels parcels parcels' },
    });
    addMatches(2998, oldBest.id);
    const recent = seedDecision(db, { profile: { ...NEUTRAL, task: 'Sort parcels parcels' } });
    // 2,999 newer matches: the oldest is still the 3,000th, and ranks first.
    expect(ids(alice, { text: 'parcels' }).slice(0, 2)).toEqual([oldBest.id, recent.id]);
    addMatches(1, oldBest.id);
    // 3,000 newer matches: the oldest is out of the window.
    const found = ids(alice, { text: 'parcels' });
    expect(found[0]).toBe(recent.id);
    expect(found).not.toContain(oldBest.id);
    expect(ids(alice, { text: 'sort' })).toEqual([recent.id, oldBest.id]);
  });
});
