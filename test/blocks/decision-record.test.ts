import { describe, expect, it } from 'vitest';
import {
  buildDecisionRecord,
  describeEvent,
  type HistoryEntry,
} from '../../blocks/decision-record.js';
import { assess } from '../../src/engine/index.js';
import { HOSTILE_TASK, HOSTILE_TASK_ESCAPED } from '../support/hostile-text.js';

const at = new Date('2026-11-23T10:00:00Z');
const by = { actorId: 'U0BOB', at };

describe('a decision record', () => {
  it('quotes what people wrote in its history, escaped', () => {
    const overridden: HistoryEntry = {
      ...by,
      kind: 'overridden',
      details: { approach: 'rag', reason: HOSTILE_TASK },
    };
    expect(describeEvent(overridden)).toBe(
      `chose Add retrieval (RAG) instead: “${HOSTILE_TASK_ESCAPED}”`,
    );
    const failed: HistoryEntry = { ...by, kind: 'failed', details: { notes: '<!here> broke' } };
    expect(describeEvent(failed)).toBe('reported it did not work: “&lt;!here&gt; broke”');
  });

  it('names the decision and its task, escaped, in the fallback text', () => {
    const row = {
      id: 9,
      task: HOSTILE_TASK,
      recommendedApproach: 'prompt' as const,
      adoptedApproach: null,
      status: 'proposed' as const,
      requesterId: 'U0ALICE',
      createdAt: at,
      permalink: null,
    };
    const record = buildDecisionRecord(row, assess({ task: 't' }), [], at);
    expect(record.text).toBe(`Decision #9: ${HOSTILE_TASK_ESCAPED}`);
  });
});
