import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import {
  HTTPReceiver,
  HTTPModuleFunctions as http,
  type Logger,
  type ReceiverProcessEventErrorHandlerArgs,
  verifySlackRequest,
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
    // The guard below checks every signature before Bolt sees the request.
    signatureVerification: false,
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

/** The request's body as Bolt reads it: a form's `payload` (JSON), the form itself, or JSON. */
function bodyOf(text: string, form: ReturnType<typeof parse> | undefined): unknown {
  if (!form) return JSON.parse(text);
  return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
}

/**
 * True when Bolt should take the request; otherwise it has been answered. The signature is
 * checked here, once (Bolt's own check is off), and the body read once for the shape check.
 */
async function guard(
  req: IncomingMessage,
  res: ServerResponse,
  o: { signingSecret: string; logger: Logger },
): Promise<boolean> {
  let buffered: Awaited<ReturnType<typeof http.bufferIncomingMessage>>;
  try {
    buffered = await http.bufferIncomingMessage(req, http.defaultBodyLimit);
  } catch (error) {
    o.logger.warn(`Request body refused: ${(error as Error).message}`);
    http.buildNoBodyResponse(res, 413);
    return false;
  }
  const text = buffered.rawBody.toString();
  const form =
    req.headers['content-type'] === 'application/x-www-form-urlencoded' ? parse(text) : undefined;
  if (form?.ssl_check === '1') {
    // Slack's SSL check is not signed: Bolt answers it, and nothing smuggled with it goes on.
    buffered.rawBody = Buffer.from('ssl_check=1');
    return true;
  }
  try {
    verifySlackRequest({
      signingSecret: o.signingSecret,
      body: text,
      headers: {
        'x-slack-signature': String(req.headers['x-slack-signature']),
        'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
      },
    });
  } catch (error) {
    o.logger.warn(`Failed to parse and verify the request data: ${(error as Error).message}`);
    http.buildNoBodyResponse(res, 401);
    return false;
  }
  let body: unknown;
  try {
    body = bodyOf(text, form);
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
