const memo = new WeakMap<object, Map<string, unknown>>();

/**
 * What `make` returns for this owner (a catalogue, a price, an option) and key, made on the
 * first call and reused after: the engine's fixed figures and texts are worked out once.
 */
export function once<V>(owner: object, key: string, make: () => V): V {
  let made = memo.get(owner);
  if (!made) {
    made = new Map();
    memo.set(owner, made);
  }
  if (made.has(key)) return made.get(key) as V;
  const value = make();
  made.set(key, value);
  return value;
}
