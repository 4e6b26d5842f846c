import type { App } from '@slack/bolt';
import * as details from './actions/details.js';
import * as logPage from './actions/log-page.js';
import * as override from './actions/override.js';
import * as reassess from './actions/reassess.js';
import * as repost from './actions/repost.js';
import * as statusButtons from './actions/status-buttons.js';
import * as decisionsCommand from './commands/decisions.js';
import * as assessCommand from './commands/finetune-or-prompt.js';
import type { Deps } from './deps.js';
import * as assessmentSubmitted from './views/assessment-submitted.js';
import * as overrideSubmitted from './views/override-submitted.js';

export function registerListeners(app: App, deps: Deps): void {
  for (const feature of [
    assessCommand,
    assessmentSubmitted,
    statusButtons,
    override,
    overrideSubmitted,
    reassess,
    details,
    repost,
    decisionsCommand,
    logPage,
  ]) {
    feature.register(app, deps);
  }
}
