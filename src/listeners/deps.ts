import type { Logger, webApi } from '@slack/bolt';
import type { Catalogue } from '../engine/index.js';
import type { DB } from '../store/db.js';

/** What every listener may use besides the Slack client Bolt hands it. */
export interface Deps {
  db: DB;
  now: () => Date;
  /** Follow-ups are due at 10:00 in the requester's zone, or this one when Slack does not say. */
  defaultTimeZone: string;
  /** The provider catalogue from PRICES_PATH; the built-in one when absent. */
  prices?: Catalogue;
}

/** Everything a decision service needs for one request: the deps plus Bolt's client and logger. */
export const contextOf = (deps: Deps, client: webApi.WebClient, logger: Logger) => ({
  client,
  logger,
  db: deps.db,
  now: deps.now,
  defaultTimeZone: deps.defaultTimeZone,
});
