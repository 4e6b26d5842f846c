import { describe, expect, it } from 'vitest';
import { backoffMs, classifyPostFailure } from '../../src/reminders/outcome-of-post.js';

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

/** Errors as the Web API client throws them. */
const refused = (error: string) =>
  Object.assign(new Error(error), { code: 'slack_webapi_platform_error', data: { error } });

describe('what a failed follow-up post means', () => {
  it('a rate limit: try again, after Retry-After', () => {
    const limited = Object.assign(new Error('limited'), {
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 12,
    });
    expect(classifyPostFailure(limited)).toEqual({
      kind: 'retry',
      error: 'ratelimited',
      retryAfterMs: 12_000,
    });
    expect(
      classifyPostFailure(
        Object.assign(new Error('x'), { code: 'slack_webapi_rate_limited_error' }),
      ),
    ).toEqual({ kind: 'retry', error: 'ratelimited', retryAfterMs: 0 });
  });

  it.each([
    'channel_not_found',
    'is_archived',
    'not_in_channel',
    'restricted_action',
    'invalid_auth',
    'account_inactive',
    'token_revoked',
    'missing_scope',
    'no_permission',
  ])('%s: never, no retry will fix it', (error) => {
    expect(classifyPostFailure(refused(error))).toEqual({ kind: 'permanent', error });
  });

  it('any other refusal, or an HTTP error: Slack answered and did not post, so try again', () => {
    expect(classifyPostFailure(refused('internal_error'))).toEqual({
      kind: 'retry',
      error: 'internal_error',
      retryAfterMs: 0,
    });
    const http = Object.assign(new Error('503'), {
      code: 'slack_webapi_http_error',
      statusCode: 503,
    });
    expect(classifyPostFailure(http)).toEqual({
      kind: 'retry',
      error: 'http 503',
      retryAfterMs: 0,
    });
  });

  it('no answer at all: uncertain, Slack may have posted it', () => {
    expect(classifyPostFailure(new Error('socket hang up'))).toEqual({
      kind: 'uncertain',
      error: 'socket hang up',
    });
    expect(classifyPostFailure('down')).toEqual({ kind: 'uncertain', error: 'down' });
    expect(classifyPostFailure(undefined)).toEqual({ kind: 'uncertain', error: 'undefined' });
  });
});
