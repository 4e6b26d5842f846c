import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { followUpDue } from '../../src/decisions/due-time.js';

const local = (d: Date, zone: string) => {
  const t = new TZDate(d.getTime(), zone);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')} ${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')} ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.getDay()]}`;
};

describe('follow-up due time', () => {
  it('is at 10:00 in the requester’s zone, periodDays later', () => {
    const from = new Date('2026-11-23T15:30:00Z'); // Monday
    expect(local(followUpDue(from, 14, 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-12-07 10:00 Mon',
    );
    expect(followUpDue(from, 14, 'Europe/Berlin').toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(followUpDue(from, 14, 'America/Los_Angeles').toISOString()).toBe(
      '2026-12-07T18:00:00.000Z',
    );
  });

  it('counts days in the requester’s zone, not UTC', () => {
    // 23:30 UTC on Monday is already Tuesday in Tokyo.
    const from = new Date('2026-11-23T23:30:00Z');
    expect(local(followUpDue(from, 1, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe('2026-11-25 10:00 Wed');
    expect(local(followUpDue(from, 1, 'UTC'), 'UTC')).toBe('2026-11-24 10:00 Tue');
  });

  it('moves a Saturday or Sunday to Monday', () => {
    const friday = new Date('2026-11-27T12:00:00Z');
    expect(local(followUpDue(friday, 1, 'UTC'), 'UTC')).toBe('2026-11-30 10:00 Mon');
    expect(local(followUpDue(friday, 2, 'UTC'), 'UTC')).toBe('2026-11-30 10:00 Mon');
    expect(local(followUpDue(friday, 3, 'UTC'), 'UTC')).toBe('2026-11-30 10:00 Mon');
  });

  it('keeps 10:00 local across the week a DST change happens', () => {
    // Europe switches to summer time on Sunday 29 March 2026: 10:00 is 09:00 UTC before, 08:00 after.
    const before = new Date('2026-03-25T12:00:00Z');
    const due = followUpDue(before, 7, 'Europe/Berlin');
    expect(local(due, 'Europe/Berlin')).toBe('2026-04-01 10:00 Wed');
    expect(due.toISOString()).toBe('2026-04-01T08:00:00.000Z');
    // The US switches on 8 March 2026, and back on 1 November 2026.
    expect(followUpDue(new Date('2026-03-06T15:00:00Z'), 3, 'America/New_York').toISOString()).toBe(
      '2026-03-09T14:00:00.000Z',
    );
    expect(followUpDue(new Date('2026-10-30T15:00:00Z'), 3, 'America/New_York').toISOString()).toBe(
      '2026-11-02T15:00:00.000Z',
    );
  });
});
