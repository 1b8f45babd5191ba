// The hover card's entry: wiring only. Injected when the lens finds its first mention; `card-slot.ts`
// says why it is a script of its own.
import { startHoverCard } from './card/start-hover-card.ts';
import { provideHoverCard } from './card-slot.ts';
import { CARD_KEY, claimInWorld } from './first-in-world.ts';

if (claimInWorld(CARD_KEY)) {
  provideHoverCard(startHoverCard);
}
