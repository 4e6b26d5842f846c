import type { webApi } from '@slack/bolt';

/**
 * How the app calls Slack's Web API. Every attempt has a deadline, so a hung Slack releases
 * each call within seconds (three attempts: about 13 s at worst), and the client runs many
 * calls at once, so calls stuck in an outage cannot keep later ones (a modal's views.open,
 * whose trigger lives 3 s) waiting in the queue once Slack answers again.
 */
export const WEB_API_OPTIONS = {
  timeout: 4_000,
  retryConfig: { retries: 2, minTimeout: 250, maxTimeout: 2_000 },
  maxRequestConcurrency: 1_000,
  // A refused post is reported to the person at once instead of waiting out the limit.
  rejectRateLimitedCalls: true,
} satisfies webApi.WebClientOptions;
