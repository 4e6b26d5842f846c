import { z } from 'zod';

// What each modal carries in its private_metadata, written by its builder and read back
// from the submission with the same schema.

/** Where an assessment modal came from, and the decision it re-assesses, if any. */
export const Origin = z.object({
  channel: z.string().min(1),
  private: z.boolean(),
  reassessOf: z.number().int().positive().optional(),
  /** The channel's name, when the command gave it: the submit button names it. */
  name: z.string().max(80).optional(),
  /** Opened from App Home: the advice goes to the person's DM with the app. */
  home: z.literal(true).optional(),
});
export type Origin = z.infer<typeof Origin>;

/** The decision an override or follow-up date modal is about. */
export const DecisionMeta = z.object({ decisionId: z.number().int().positive() });
export type DecisionMeta = z.infer<typeof DecisionMeta>;

/** Where the follow-up question was asked, so answering it can update that message. */
export const OutcomeRef = DecisionMeta.extend({
  message: z.object({ channel: z.string(), ts: z.string() }).optional(),
});
export type OutcomeRef = z.infer<typeof OutcomeRef>;

export const writeMetadata = <T extends object>(value: T) => JSON.stringify(value);

export const readMetadata = <T>(schema: z.ZodType<T>, metadata: string): T =>
  schema.parse(JSON.parse(metadata));
