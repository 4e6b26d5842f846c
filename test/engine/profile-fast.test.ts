import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaskProfile } from '../../src/engine/index.js';
import { readValidProfile } from '../../src/engine/profile-fast.js';
import { profileArb } from '../support/profiles.js';

const KEYS = [...Object.keys(TaskProfile.shape), 'colour'];
/** Any value under any key, including wrong types, out-of-range numbers and unknown keys. */
const valueArb = fc.oneof(
  fc.anything(),
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.constantFrom('other', 'few_shot', 'strict', 'on_prem_only', ' ', 'x', null),
  fc.subarray(['format', 'vibes', 'cost']),
);
const hostileArb = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS), valueArb),
  // a valid profile with one field replaced
  fc
    .tuple(profileArb, fc.constantFrom(...KEYS), valueArb)
    .map(([p, key, v]) => ({ ...p, [key]: v })),
);

describe('the fast profile reader agrees with the schema', () => {
  it('reads every valid profile exactly as the schema does', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(readValidProfile(p)).toEqual(TaskProfile.parse(p));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves every input the schema rejects to the schema, and agrees on the rest', () => {
    fc.assert(
      fc.property(hostileArb, (input) => {
        const schema = TaskProfile.safeParse(input);
        const fast = readValidProfile(input);
        if (!schema.success) expect(fast).toBeNull();
        else if (fast !== null) expect(fast).toEqual(schema.data);
      }),
      { numRuns: 20_000 },
    );
  });
});
