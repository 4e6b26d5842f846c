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
