import type { Reply } from '../../support/fake-slack.js';

/** What a failing Slack Web API answers, for `fake.faults.set(method, fault)`. */
export const FAULTS = {
  serverError: { httpStatus: 500, body: { ok: false, error: 'internal_error' } },
  rateLimited: (retryAfterSeconds: number): Reply => ({
    httpStatus: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { ok: false, error: 'ratelimited' },
  }),
  hang: { hang: true },
  drop: { drop: true },
} satisfies Record<string, Reply | ((n: number) => Reply)>;
