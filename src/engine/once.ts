type Made = Map<string, Map<string | number, unknown>>;
const memo = new WeakMap<object, Made>();

/**
 * What `make` returns for this owner (a catalogue, a price, an option), kind and key, made on
 * the first call and reused after: the engine's fixed figures and texts are worked out once.
 * Keys are plain values (a date, a token count), so no key string is built per call.
 */
export function once<V>(owner: object, kind: string, key: string | number, make: () => V): V {
  let kinds = memo.get(owner);
  if (!kinds) {
    kinds = new Map();
    memo.set(owner, kinds);
  }
  let made = kinds.get(kind);
  if (!made) {
    made = new Map();
    kinds.set(kind, made);
  }
  let value = made.get(key) as V | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}
