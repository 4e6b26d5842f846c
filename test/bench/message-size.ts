import { buildRecommendation } from '../../blocks/recommendation.js';
import { assess, type TaskProfileInput } from '../../src/engine/index.js';
import { NEUTRAL, READY_TO_TUNE, SUPPORT_TICKETS } from '../support/profiles.js';
import { shownText, visibleTexts } from '../support/visible-text.js';

const PROFILES: [string, TaskProfileInput][] = [
  ['ready to tune (fine-tune, 2M calls)', READY_TO_TUNE],
  ['neutral (no volume given)', NEUTRAL],
  ['support tickets (basic prompt, 40K calls)', SUPPORT_TICKETS],
];

const STATES = {
  proposed: { status: 'proposed', adoptedApproach: null },
  'chosen differently': {
    status: 'adopted',
    adoptedApproach: 'rag',
    lastChange: { actorId: 'U2', reason: 'Our facts change weekly, so retrieval first.' },
  },
  superseded: { status: 'superseded', adoptedApproach: null, supersededById: 12 },
} as const;

/**
 * The recommendation message's size: blocks, characters of its JSON, and characters a reader
 * sees before clicking anything (confirm dialogs left out). `npx tsx test/bench/message-size.ts`.
 */
export function benchMessageSize(): void {
  console.log('recommendation message size (blocks · JSON characters · visible characters)');
  for (const [name, profile] of PROFILES) {
    const assessment = assess(profile, { asOf: '2026-12-02' });
    for (const [state, fields] of Object.entries(STATES)) {
      const card = { id: 7, task: profile.task, requesterId: 'U1', assessment, ...fields };
      const { blocks } = buildRecommendation(card as never);
      const visible = visibleTexts(blocks, { dialogs: false }).map(shownText).join('\n').length;
      console.log(
        `  ${name}, ${state}: ${blocks.length} blocks · ${JSON.stringify(blocks).length} · ${visible}`,
      );
    }
  }
}

if (process.argv[1]?.endsWith('message-size.ts')) benchMessageSize();
