import {
  type App,
  defaultProcessEventErrorHandler,
  type Logger,
  type ReceiverEvent,
  SocketModeReceiver,
  type SocketModeReceiverProcessEventErrorHandlerArgs,
  type webApi,
} from '@slack/bolt';
import { asMalformed } from './malformed.js';
import { requestProblem } from './request-shape.js';

export interface SocketReceiverOptions {
  appToken: string;
  logger: Logger;
  clientOptions: webApi.WebClientOptions;
}

/** Acknowledged, so Slack does not send it again, and logged once: a malformed payload goes no further. */
async function refuse(event: ReceiverEvent, problem: string, logger: Logger) {
  logger.warn(`Malformed request refused: ${problem}`);
  await event.ack();
}

/**
 * Bolt's Socket Mode receiver with the HTTP receiver's guard: a payload that is not a request
 * the app answers (null, a missing or mistyped field, a huge value) is acknowledged with one
 * warn line naming what was wrong, before any listener runs; so is a bad value a listener finds.
 */
export function createSocketReceiver(o: SocketReceiverOptions): SocketModeReceiver {
  const { logger } = o;
  class GuardedReceiver extends SocketModeReceiver {
    override init(app: App): void {
      const guarded = async (event: ReceiverEvent) => {
        const problem = requestProblem(event.body);
        return problem === undefined ? app.processEvent(event) : refuse(event, problem, logger);
      };
      super.init({ processEvent: guarded } as App);
    }
  }
  return new GuardedReceiver({
    appToken: o.appToken,
    logger,
    installerOptions: { clientOptions: o.clientOptions },
    processEventErrorHandler: async (args: SocketModeReceiverProcessEventErrorHandlerArgs) => {
      const malformed = asMalformed((args.error as { original?: unknown }).original ?? args.error);
      if (!malformed) return defaultProcessEventErrorHandler(args);
      await refuse(args.event, malformed.message, logger);
      return false;
    },
  });
}
