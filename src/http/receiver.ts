import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTPReceiver,
  HTTPModuleFunctions as http,
  type Logger,
  type ReceiverProcessEventErrorHandlerArgs,
} from '@slack/bolt';
import { MalformedRequest } from './malformed.js';
import { requestProblem } from './request-shape.js';

export interface ReceiverOptions {
  signingSecret: string;
  port: number;
  logger: Logger;
}

/**
 * Bolt's HTTP receiver with a guard in front: a correctly signed request whose body is not a
 * request the app answers (null, a number, a missing or mistyped field, a huge value) gets 400
 * and one warn line naming what was wrong, instead of reaching code that would throw. Requests
 * that fail the signature check go on to Bolt unchanged, which answers 401.
 */
export function createReceiver({ signingSecret, port, logger }: ReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    port,
    logger,
    processEventErrorHandler: (args) => answerError(args, logger),
    unhandledRequestHandler: ({ response }) => {
      logger.warn('A request was not acknowledged within 3 s; answered 404');
      if (!response.headersSent) http.buildNoBodyResponse(response, 404);
    },
  });
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST') return bolt(req, res);
    void guard(req, res, { signingSecret, logger }).then(
      (passed) => passed && bolt(req, res),
      (error: unknown) => {
        logger.warn(`Request refused: ${String(error)}`);
        if (!res.headersSent) http.buildNoBodyResponse(res, 400);
      },
    );
  };
  return receiver;
}

/** True when Bolt should take the request; otherwise it has been answered. */
async function guard(
  req: IncomingMessage,
  res: ServerResponse,
  o: { signingSecret: string; logger: Logger },
): Promise<boolean> {
  let buffered: Awaited<ReturnType<typeof http.parseAndVerifyHTTPRequest>>;
  try {
    buffered = await http.parseAndVerifyHTTPRequest(
      { enabled: true, signingSecret: o.signingSecret, bodyLimit: http.defaultBodyLimit },
      req,
    );
  } catch (error) {
    if (!http.isRawBodyError(error)) return true; // Bolt answers a bad signature with 401
    o.logger.warn(`Request body refused: ${(error as Error).message}`);
    http.buildNoBodyResponse(res, 413);
    return false;
  }
  let body: unknown;
  try {
    body = http.parseHTTPRequestBody(buffered);
  } catch {
    return true; // Bolt answers a body that is not JSON with 400 and a warning
  }
  const problem = requestProblem(body);
  if (problem === undefined) return true;
  o.logger.warn(`Malformed request refused with 400: ${problem}`);
  http.buildNoBodyResponse(res, 400);
  return false;
}

/** A malformed payload found by a listener gets 400 and a warning; anything else stays an error. */
async function answerError(args: ReceiverProcessEventErrorHandlerArgs, logger: Logger) {
  const { error, response } = args;
  const original = (error as { original?: unknown }).original ?? error;
  if (!(original instanceof MalformedRequest)) return http.defaultProcessEventErrorHandler(args);
  logger.warn(`Malformed request refused with 400: ${original.message}`);
  if (response.headersSent) return false;
  http.buildNoBodyResponse(response, 400);
  return true;
}
