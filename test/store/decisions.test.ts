import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { DECISION_STATUSES, TRANSITIONS } from '../../src/domain/index.js';
import { assess } from '../../src/engine/index.js';
import type { DB } from '../../src/store/db.js';
import { openDatabase } from '../../src/store/db.js';
import { createDecision, getDecision, setMessage, transition } from '../../src/store/decisions.js';
import { lastStatusEvent, listEvents } from '../../src/store/events.js';
import { decisions } from '../../src/store/schema.js';
import { READY_TO_TUNE } from '../support/profiles.js';

let db: DB;
beforeEach(() => {
  db = openDatabase(':memory:');
});

const at = new Date('2026-11-23T10:00:00Z');
const input = (sourceKey: string) => ({
  teamId: 'T1',
  channelId: 'C1',
  channelPrivate: false,
  requesterId: 'U1',
  profile: READY_TO_TUNE,
  assessment: assess(READY_TO_TUNE),
  sourceKey,
});

describe('store: decisions on :memory: with the real migrations', () => {
  it('applies migrations with foreign keys on', () => {
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.$client
      .prepare("select name from sqlite_master where type='table'")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['decisions', 'decision_events']));
  });

  it('stores a decision with its profile, assessment and a created event', () => {
    const { decision, created } = createDecision(db, input('V1:h1'), at);
    expect(created).toBe(true);
    expect(getDecision(db, decision.id)).toMatchObject({
      task: READY_TO_TUNE.task,
      recommendedApproach: 'fine_tune',
      engineVersion: decision.assessment.engineVersion,
      status: 'proposed',
      createdAt: at,
    });
    expect(getDecision(db, decision.id)?.assessment).toEqual(assess(READY_TO_TUNE));
    expect(listEvents(db, decision.id)).toMatchObject([{ kind: 'created', actorId: 'U1', at }]);
  });

  it('returns the first decision for a repeated source key, without a second row or event', () => {
    const first = createDecision(db, input('V1:h1'), at);
    const again = createDecision(db, input('V1:h1'), at);
    expect(again).toEqual({ decision: first.decision, created: false });
    expect(db.select().from(decisions).all()).toHaveLength(1);
    expect(listEvents(db, first.decision.id)).toHaveLength(1);
  });

  it('records where the message went', () => {
    const { decision } = createDecision(db, input('V1:h1'), at);
    setMessage(db, decision.id, 'C1', '1.2', { actorId: 'U1', at });
    expect(getDecision(db, decision.id)).toMatchObject({
      messageChannel: 'C1',
      messageTs: '1.2',
      updatedAt: at,
    });
    expect(listEvents(db, decision.id).at(-1)).toMatchObject({
      kind: 'posted',
      details: { channel: 'C1', ts: '1.2' },
    });
    expect(() => setMessage(db, 999, 'C1', '1.3', { actorId: 'U1', at })).toThrow(
      'no decision 999',
    );
  });

  it('returns the new decision as it reads back from the database', () => {
    const { decision } = createDecision(db, input('V9:h9'), at);
    expect(getDecision(db, decision.id)).toEqual(decision);
  });

  it('refuses a move the lifecycle does not allow, changing nothing', () => {
    const { decision } = createDecision(db, input('V1:h1'), at);
    const change = {
      actorId: 'U2',
      at,
      kind: 'adopted',
      details: { approach: 'fine_tune' },
    } as const;
    expect(
      transition(db, decision.id, 'adopted', change, { adoptedApproach: 'fine_tune' })?.status,
    ).toBe('adopted');
    expect(
      transition(db, decision.id, 'adopted', change, { adoptedApproach: 'rag' }),
    ).toBeUndefined();
    expect(getDecision(db, decision.id)?.adoptedApproach).toBe('fine_tune');
    expect(listEvents(db, decision.id).filter((e) => e.kind === 'adopted')).toHaveLength(1);
    expect(lastStatusEvent(db, decision.id)).toMatchObject({ actorId: 'U2', kind: 'adopted' });
  });

  it('allows exactly the transitions in the lifecycle table', () => {
    for (const from of DECISION_STATUSES) {
      for (const to of DECISION_STATUSES) {
        const { decision } = createDecision(db, input(`${from}->${to}`), at);
        const only = eq(decisions.id, decision.id);
        db.update(decisions).set({ status: from }).where(only).run();
        const change = { actorId: 'U', at, kind: 'abandoned', details: {} } as const;
        const moved = transition(db, decision.id, to, change);
        expect(Boolean(moved), `${from} -> ${to}`).toBe(TRANSITIONS[from].includes(to));
      }
    }
  });
});

describe('store: database file', () => {
  it('creates the folder, uses WAL, and migrates again on reopen without loss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decisions-'));
    const path = join(dir, 'nested', 'log', 'decisions.db');
    const first = openDatabase(path);
    expect(first.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    createDecision(first, input('V1:h1'), at);
    first.$client.close();
    const second = openDatabase(path);
    expect(second.select().from(decisions).all()).toHaveLength(1);
    second.$client.close();
  });
});
