/**
 * Unit tests run in Node, which has no IndexedDB. Each test brings its own database (fake-indexeddb's
 * `IDBFactory`, stubbed as `indexedDB` or passed in); key ranges, which the pack store builds with the
 * global `IDBKeyRange` as a page does, come from the same library whatever the database.
 */
import { IDBKeyRange } from 'fake-indexeddb';

const global = globalThis as { IDBKeyRange?: unknown };
global.IDBKeyRange ??= IDBKeyRange;
