// The lens's entry: wiring only. Injected by the background into a frame whose gate found a name
// (gate/start-gate.ts), or that the popup or a capture needs an answer from (inject-lens.ts).
import { notifyBackground } from '../shared/messages.ts';
import { removeOrphanedHosts } from './card/orphaned-hosts.ts';
import { startCompanyLens } from './company-lens.ts';
import { CARD_KEY, claimInWorld, LENS_KEY, releaseInWorld } from './first-in-world.ts';
import { describeError, sendOurErrorsWith } from './our-errors.ts';
import { runLater } from './page-proof-timer.ts';
import { sendUntilHeard } from './send-until-heard.ts';

if (claimInWorld(LENS_KEY)) {
  // Before any card of ours exists here: a host in the page now is an earlier instance's (card-host.ts).
  removeOrphanedHosts(document);
  sendOurErrorsWith((error) => {
    // Once the extension is gone there is nowhere left to log to.
    notifyBackground({ type: 'content-error', error: describeError(error).slice(0, 8000) }).catch(() => {});
  });
  // The card's script comes when a card is first wanted (the pointer over a mention, a keyboard or
  // popup open: card-slot.ts): most pages are read without one, and never compile it.
  const life = new AbortController();
  const requestCard = () =>
    sendUntilHeard(window, () => notifyBackground({ type: 'load-card' }), life.signal);
  const onGone = () => {
    life.abort();
    releaseInWorld(LENS_KEY);
    releaseInWorld(CARD_KEY);
  };
  // Compiling and initialising this script is already a task's worth of work on a slow machine:
  // start in a task of its own, so that no single task of ours holds the page long.
  runLater(window, () => startCompanyLens({ requestCard, onGone }), 0, life.signal);
}
