// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type NearViewport, startNearViewport } from './near-viewport.ts';

/** An IntersectionObserver whose reports the test sends, as the browser does: per observed target. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  report(states: [Element, boolean][]) {
    this.callback(states.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

let life: AbortController;
let shown: string[];
let near: NearViewport<string>;
beforeEach(() => {
  life = new AbortController();
  shown = [];
  const win = Object.assign(Object.create(window), { IntersectionObserver: FakeObserver });
  near = startNearViewport<string>(
    win,
    { show: (item) => shown.push(`+${item}`), hide: (item) => shown.push(`-${item}`) },
    life.signal,
  );
});
afterEach(() => life.abort());

function element(parent: Element = document.body): Element {
  const p = document.createElement('p');
  parent.append(p);
  return p;
}

it('shows an item once its anchor is reported near, and hides it when it leaves', () => {
  const anchor = element();
  near.track(anchor, 'a');
  expect(shown).toEqual([]);
  FakeObserver.last?.report([[anchor, true]]);
  expect(shown).toEqual(['+a']);
  FakeObserver.last?.report([[anchor, false]]);
  expect(shown).toEqual(['+a', '-a']);
});

it('shows at once an item inside a block assumed near, and hides it if the first report says otherwise', () => {
  const block = element();
  const inside = element(block);
  const outside = element();
  near.assumeNear([block]);
  near.track(inside, 'in');
  near.track(outside, 'out');
  expect(shown).toEqual(['+in']);
  FakeObserver.last?.report([
    [inside, false],
    [outside, false],
  ]);
  expect(shown).toEqual(['+in', '-in']);
});

it('drops the assumption once the observer has reported', () => {
  const block = element();
  near.assumeNear([block]);
  const first = element(block);
  near.track(first, 'first');
  FakeObserver.last?.report([[first, true]]);
  near.track(element(block), 'later');
  expect(shown).toEqual(['+first']);
});
