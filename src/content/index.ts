// Content-script entry: wiring only. Runs in every frame of http(s) and file pages.
import { notifyBackground } from '../shared/messages.ts';
import { startCompanyLens } from './company-lens.ts';
import { describeError, sendOurErrorsWith } from './our-errors.ts';
import { runLater } from './page-proof-timer.ts';

sendOurErrorsWith((error) => {
  // Once the extension is gone there is nowhere left to log to.
  notifyBackground({ type: 'content-error', error: describeError(error).slice(0, 8000) }).catch(() => {});
});

// Compiling and initialising this script is already a task's worth of work on a slow machine (12-25
// ms on 2 cores): start in a task of its own, so that no single task of ours holds the page long.
runLater(window, () => startCompanyLens(), 0, new AbortController().signal);
