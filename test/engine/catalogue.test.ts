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

  it('sells an option from its first day, until (not on) its last day and its retirement', () => {
    const window = (availability: (typeof DEFAULT_CATALOGUE.options)[number]['availability']) => {
      const o = { ...option('openai-gpt-4.1-mini-tuned'), availability };
      return ['2026-02-28', '2026-03-01', '2026-05-31', '2026-06-01'].map((d) => availableOn(o, d));
    };
    const open = { newCustomersFrom: null, newCustomersUntil: null, retires: null };
    expect(window(open)).toEqual([true, true, true, true]);
    expect(window({ ...open, newCustomersFrom: '2026-03-01' })).toEqual([false, true, true, true]);
    expect(window({ ...open, newCustomersUntil: '2026-06-01' })).toEqual([true, true, true, false]);
    expect(window({ ...open, retires: '2026-06-01' })).toEqual([true, true, true, false]);
    expect(
      window({ newCustomersFrom: '2026-03-01', newCustomersUntil: '2026-06-01', retires: null }),
    ).toEqual([false, true, true, false]);
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
