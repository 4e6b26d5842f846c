import type { Ctx } from './context.js';

/** The person's direct-message conversation with the app. */
export async function dmWith(ctx: Ctx, userId: string): Promise<string> {
  const dm = await ctx.client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  return channel;
}
