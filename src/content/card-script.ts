// Content-script entry of the hover card: wiring only. `card-slot.ts` says why it is a script of its own.
import { startHoverCard } from './card/start-hover-card.ts';
import { provideHoverCard } from './card-slot.ts';

provideHoverCard(startHoverCard);
