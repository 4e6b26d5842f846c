import { z } from 'zod';

/** Where an assessment modal came from; travels in the modal's private_metadata. */
export const Origin = z.object({
  channel: z.string().min(1),
  private: z.boolean(),
  reassessOf: z.number().int().positive().optional(),
});
export type Origin = z.infer<typeof Origin>;

export const readOrigin = (metadata: string): Origin => Origin.parse(JSON.parse(metadata));

/**
 * A DM, group DM or private channel. Slash commands name them `directmessage`, `mpdm-...`
 * and `privategroup`; older private conversations also have ids starting with D or G.
 */
export function isPrivateConversation(channelId: string, channelName: string | undefined): boolean {
  const name = channelName ?? '';
  return (
    /^[DG]/.test(channelId) ||
    name === 'directmessage' ||
    name === 'privategroup' ||
    name.startsWith('mpdm-')
  );
}
