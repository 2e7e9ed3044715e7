import type { Store } from '../store/store.js';
import type { Metrics } from './metrics.js';

/**
 * The same store, with the time of every update (validation and write included) reported. Works
 * with any Store backend; wrap the store once where it is opened.
 */
export function instrumentStore(store: Store, metrics: Metrics): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'update') {
        return async <T>(mutate: Parameters<Store['update']>[0]): Promise<T> => {
          const elapsed = metrics.startTimer();
          try {
            return (await target.update(mutate)) as T;
          } finally {
            metrics.storeOperation('update', elapsed());
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
