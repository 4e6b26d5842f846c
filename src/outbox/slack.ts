import { type Logger, webApi } from '@slack/bolt';
import { WEB_API_OPTIONS } from '../http/web-api-options.js';
import type { OutboxRow } from '../store/schema.js';
import type { SendOutcome } from './worker.js';

/** Slack's answers that mean "not now" rather than "no". */
const TRANSIENT = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** What a Web API error means for the outbox: try again, when, and whether Slack may have it. */
export function outcomeOf(error: unknown): SendOutcome {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number };
  const { ErrorCode } = webApi;
  if (e.code === ErrorCode.RateLimitedError)
    return {
      ok: false,
      error: 'ratelimited',
      retry: true,
      retryAfterMs: (e.retryAfter ?? 1) * 1000,
    };
  if (e.code === ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    return { ok: false, error: code, retry: TRANSIENT.has(code) };
  }
  if (e.code === ErrorCode.HTTPError)
    return { ok: false, error: String((error as Error).message), retry: true };
  if (e.code === ErrorCode.RequestError) {
    const original = (error as { original?: Error & { cause?: { code?: string } } }).original;
    // A refused connection never reached Slack; a timeout or a dropped one may have.
    const refused = original?.cause?.code === 'ECONNREFUSED';
    return { ok: false, error: String(original?.message), retry: true, maybeDelivered: !refused };
  }
  return { ok: false, error: String(error), retry: false };
}

/**
 * The outbox's send function over the Web API. The client makes one attempt per send (the
 * worker retries with backoff), with the app's deadline.
 */
export function slackSender(token: string, logger: Logger, slackApiUrl?: string) {
  const client = new webApi.WebClient(token, {
    ...WEB_API_OPTIONS,
    logger,
    retryConfig: { retries: 0 },
    ...(slackApiUrl ? { slackApiUrl } : {}),
  });
  return async (row: Pick<OutboxRow, 'method' | 'args'>): Promise<SendOutcome> => {
    try {
      const res = await client.apiCall(row.method, row.args);
      const { ok: _ok, response_metadata: _meta, ...result } = res;
      return { ok: true, result };
    } catch (error) {
      return outcomeOf(error);
    }
  };
}
