import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/reminders/outcome-of-post.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

describe('follow-up retry backoff', () => {
  it('starts at 30 s and doubles with each attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 0))).toEqual(
      [30, 60, 120, 240, 480].map((s) => s * SECOND),
    );
    expect(backoffMs(0, 0)).toBe(30 * SECOND);
  });

  it('stops growing at an hour: 32 min at attempt 7, an hour (not 64 min) from attempt 8', () => {
    expect(backoffMs(7, 0)).toBe(1920 * SECOND);
    expect(backoffMs(8, 0)).toBe(HOUR);
    expect(backoffMs(30, 0)).toBe(HOUR);
  });

  it('never retries sooner than Slack’s Retry-After, even past the hour', () => {
    expect(backoffMs(1, 300 * SECOND)).toBe(300 * SECOND);
    expect(backoffMs(1, 29 * SECOND)).toBe(30 * SECOND);
    expect(backoffMs(8, 2 * HOUR)).toBe(2 * HOUR);
  });
});
