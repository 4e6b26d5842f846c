import type { DB } from '../store/db.js';

/** What every listener may use besides the Slack client Bolt hands it. */
export interface Deps {
  db: DB;
  now: () => Date;
}
