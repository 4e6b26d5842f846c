import { describe, expect, it } from 'vitest';
import { availableOn, Catalogue, DEFAULT_CATALOGUE } from '../../src/engine/catalogue.js';

const option = (id: string) => {
  const o = DEFAULT_CATALOGUE.options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
};

describe('the built-in provider catalogue', () => {
  it('gives every option a date checked and a source with an address', () => {
    for (const o of DEFAULT_CATALOGUE.options) {
      expect(o.checked, o.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        o.sources.some((s) => s.url?.startsWith('https://')),
        o.id,
      ).toBe(true);
    }
  });

  it('labels the figures no public source gives as assumptions, with why', () => {
    const vertex = option('vertex-gemini-3.5-flash-lite-sft');
    expect(Object.keys(vertex.assumed)).toEqual(
      expect.arrayContaining(['trainingPerMillion', 'tuned']),
    );
    for (const why of Object.values(vertex.assumed)) expect(why.length).toBeGreaterThan(20);
    expect(Object.keys(DEFAULT_CATALOGUE.assumptionsWhy).sort()).toEqual(
      Object.keys(DEFAULT_CATALOGUE.assumptions).sort(),
    );
  });

  it('knows OpenAI tuning closed to new customers on 2026-05-07 and dies on 2027-01-14', () => {
    const openai = option('openai-gpt-4.1-mini-tuned');
    expect(availableOn(openai, '2026-05-06')).toBe(true);
    expect(availableOn(openai, '2026-05-07')).toBe(false);
    expect(openai.availability.retires).toBe('2027-01-14');
  });

  it('refuses a catalogue without an option of each kind', () => {
    const promptOnly = {
      ...DEFAULT_CATALOGUE,
      options: DEFAULT_CATALOGUE.options.filter((o) => o.kind === 'prompt'),
    };
    const result = Catalogue.safeParse(promptOnly);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('hosted_tuning');
  });
});
