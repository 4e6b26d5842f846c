import { NO_ANSWER } from '../blocks/delivery-notices.js';

/**
 * The Slack error code of a refused Web API call (`not_in_channel`, `ratelimited`...), or
 * undefined when the failure was something else (network, a bug).
 */
export function slackRefusal(error: unknown): string | undefined {
  const e = error as { code?: unknown; data?: { error?: unknown } } | null;
  if (e?.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string')
    return e.data.error;
  return undefined;
}

/** Any failed Web API call in a few words: Slack's error code, an HTTP status, or no answer. */
export function slackFailure(error: unknown): string {
  const refusal = slackRefusal(error);
  if (refusal) return refusal;
  const e = error as { code?: unknown; statusCode?: unknown; original?: Error; message?: string };
  if (e?.code === 'slack_webapi_http_error') return `HTTP ${String(e.statusCode)}`;
  const cause = e?.original ?? (error as Error | undefined);
  if (cause?.name === 'TimeoutError' || cause?.name === 'AbortError') return NO_ANSWER;
  return cause?.message ?? String(error);
}
