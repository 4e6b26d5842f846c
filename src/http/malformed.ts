import { z } from 'zod';
import { describeIssues } from './request-shape.js';

/** A request whose payload the app cannot use: answered 400 with a warning, never a crash. */
export class MalformedRequest extends Error {
  override name = 'MalformedRequest';
}

/**
 * The error a listener threw, as a MalformedRequest when the payload caused it: a field that
 * failed its schema (a button value, a modal's private_metadata) or text that is not JSON.
 */
export function asMalformed(error: unknown): MalformedRequest | undefined {
  if (error instanceof MalformedRequest) return error;
  if (error instanceof z.ZodError) return new MalformedRequest(describeIssues(error));
  if (error instanceof SyntaxError)
    return new MalformedRequest(`not JSON: ${error.message.slice(0, 100)}`);
  return undefined;
}
