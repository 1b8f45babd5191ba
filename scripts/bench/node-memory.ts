/**
 * Heap readings in Node after a full GC. `gc` is reached through V8 flags at run time, so the bench
 * needs no `--expose-gc` on its command line. Typed-array storage lives outside the JS heap and is
 * counted through `arrayBuffers`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapInUse(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
