// Types of blocks.js for the TypeScript that imports it (the tests).
export interface RenderContext {
  names?: Record<string, string>;
}
export function renderBlocks(blocks: readonly unknown[], c?: RenderContext): string;
export function mrkdwn(text: string, names?: Record<string, string>): string;
export function esc(text: unknown): string;
