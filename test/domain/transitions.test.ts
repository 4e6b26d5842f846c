import { describe, expect, it } from 'vitest';
import { allowedFrom, TRANSITIONS } from '../../src/domain/index.js';

describe('the decision lifecycle', () => {
  it('says which statuses may follow each status', () => {
    expect(TRANSITIONS).toEqual({
      proposed: ['adopted', 'abandoned', 'superseded'],
      adopted: ['evaluating', 'succeeded', 'failed', 'abandoned', 'superseded'],
      evaluating: ['succeeded', 'failed', 'abandoned', 'superseded'],
      succeeded: [],
      failed: [],
      abandoned: [],
      superseded: [],
    });
  });

  it('lets nothing follow a concluded decision', () => {
    for (const concluded of ['succeeded', 'failed', 'abandoned', 'superseded'] as const) {
      expect(TRANSITIONS[concluded]).toHaveLength(0);
    }
  });

  it('names the statuses a decision may be in to move to each status', () => {
    expect(allowedFrom('proposed')).toEqual([]);
    expect(allowedFrom('adopted')).toEqual(['proposed']);
    expect(allowedFrom('evaluating')).toEqual(['adopted']);
    expect(allowedFrom('succeeded')).toEqual(['adopted', 'evaluating']);
    expect(allowedFrom('failed')).toEqual(['adopted', 'evaluating']);
    expect(allowedFrom('abandoned')).toEqual(['proposed', 'adopted', 'evaluating']);
    expect(allowedFrom('superseded')).toEqual(['proposed', 'adopted', 'evaluating']);
  });
});
