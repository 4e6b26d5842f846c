import { slackRefusal } from '../slack-errors.js';

/** Refusals that no retry will fix. */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'restricted_action',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'no_permission',
]);

export type PostFailure =
  /** Slack answered and did not post: safe to try again later. */
  | { kind: 'retry'; error: string; retryAfterMs: number }
  /** Slack answered and will never accept it. */
  | { kind: 'permanent'; error: string }
  /** No answer: Slack may have posted it, so it must not be posted again. */
  | { kind: 'uncertain'; error: string };

export function classifyPostFailure(error: unknown): PostFailure {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; message?: string };
  if (e?.code === 'slack_webapi_rate_limited_error') {
    return { kind: 'retry', error: 'ratelimited', retryAfterMs: (e.retryAfter ?? 0) * 1000 };
  }
  const refusal = slackRefusal(error);
  if (refusal)
    return PERMANENT.has(refusal)
      ? { kind: 'permanent', error: refusal }
      : { kind: 'retry', error: refusal, retryAfterMs: 0 };
  if (e?.code === 'slack_webapi_http_error')
    return { kind: 'retry', error: `http ${e.statusCode}`, retryAfterMs: 0 };
  return { kind: 'uncertain', error: e?.message ?? String(error) };
}

const BASE_MS = 30_000;
const MAX_MS = 3_600_000;

/** Exponential backoff from 30 s, capped at an hour, never sooner than Slack's Retry-After. */
export function backoffMs(attempt: number, retryAfterMs: number): number {
  return Math.max(retryAfterMs, Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt - 1)));
}
