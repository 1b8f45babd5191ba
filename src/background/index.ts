// Background entry (Chrome service worker, Firefox event page): wiring only. Lives as long as the
// extension, so its signal never aborts.
import { startBackground } from './start-background.ts';

startBackground(new AbortController().signal);
