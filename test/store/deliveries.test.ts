import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { firstDelivery, pruneDeliveries } from '../../src/store/deliveries.js';
import { forgetQueries, recallQuery, rememberQuery } from '../../src/store/log-queries.js';

const T0 = new Date('2026-11-23T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('deliveries', () => {
  it('a request key is taken once, until it is pruned', () => {
    const db = openDatabase(':memory:');
    expect(firstDelivery(db, 'trigger:1', T0)).toBe(true);
    expect(firstDelivery(db, 'trigger:1', later(1_000))).toBe(false);
    expect(firstDelivery(db, 'trigger:2', later(2_000))).toBe(true);
    expect(pruneDeliveries(db, later(1_500))).toBe(1);
    expect(firstDelivery(db, 'trigger:1', later(3_000))).toBe(true);
    expect(firstDelivery(db, 'trigger:2', later(3_000))).toBe(false);
  });
});

describe('log queries', () => {
  it('a query is kept under a short key, the same for the same query', () => {
    const db = openDatabase(':memory:');
    const query = `tickets ${'"\\\u0000<&'.repeat(1_000)}`;
    const key = rememberQuery(db, query, T0);
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(rememberQuery(db, query, later(1))).toBe(key);
    expect(rememberQuery(db, 'other', T0)).not.toBe(key);
    expect(recallQuery(db, key)).toBe(query);
    expect(recallQuery(db, 'never-given')).toBeUndefined();
  });

  it('queries not used since a time are forgotten; one used again is kept', () => {
    const db = openDatabase(':memory:');
    const old = rememberQuery(db, 'old', T0);
    const reused = rememberQuery(db, 'reused', T0);
    rememberQuery(db, 'reused', later(2_000));
    expect(forgetQueries(db, later(1_000))).toBe(1);
    expect(recallQuery(db, old)).toBeUndefined();
    expect(recallQuery(db, reused)).toBe('reused');
  });
});
