/**
 * Caches a function of an items array while that array cannot change. The store hands out
 * frozen arrays (a new one after every update), so a query on 10,000 items resolves and sorts
 * them once per change instead of once per request. Drafts inside `store.update` are not frozen
 * and are never cached.
 */
export function memoizeFrozen<T extends object, R>(fn: (arr: T) => R): (arr: T) => R {
  const cache = new WeakMap<T, R>();
  return (arr) => {
    if (!Object.isFrozen(arr)) return fn(arr);
    let result = cache.get(arr);
    if (result === undefined) {
      result = fn(arr);
      cache.set(arr, result);
    }
    return result;
  };
}
