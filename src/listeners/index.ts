import type { App } from '@slack/bolt';
import type { Deps } from '../decisions/context.js';
import * as addDetails from './actions/add-details.js';
import * as changeFollowUp from './actions/change-follow-up.js';
import * as details from './actions/details.js';
import * as followUp from './actions/follow-up.js';
import * as logPage from './actions/log-page.js';
import * as newAssessment from './actions/new-assessment.js';
import * as override from './actions/override.js';
import * as reassess from './actions/reassess.js';
import * as repost from './actions/repost.js';
import * as statusButtons from './actions/status-buttons.js';
import * as decisionsCommand from './commands/decisions.js';
import * as assessCommand from './commands/finetune-or-prompt.js';
import * as appHomeOpened from './events/app-home-opened.js';
import * as assessmentSubmitted from './views/assessment-submitted.js';
import * as followUpDateSubmitted from './views/follow-up-date-submitted.js';
import * as outcomeSubmitted from './views/outcome-submitted.js';
import * as overrideSubmitted from './views/override-submitted.js';

export function registerListeners(app: App, deps: Deps): void {
  for (const feature of [
    assessCommand,
    addDetails,
    assessmentSubmitted,
    statusButtons,
    override,
    overrideSubmitted,
    reassess,
    details,
    repost,
    decisionsCommand,
    logPage,
    changeFollowUp,
    followUpDateSubmitted,
    followUp,
    outcomeSubmitted,
    appHomeOpened,
    newAssessment,
  ]) {
    feature.register(app, deps);
  }
}
