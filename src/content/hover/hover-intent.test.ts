import { describe, expect, it } from 'vitest';
import { IDLE, type IntentEvent, type IntentState, intentDeadline, nextIntent } from './hover-intent.ts';

const config = { delayMs: 200, graceMs: 300, maxSpeed: 0.5 };
type M = 'xiaomi' | 'huawei';

const pointer = (at: number, over: M | null, more: Partial<IntentEvent<M> & { type: 'pointer' }> = {}) =>
  ({ type: 'pointer', at, over, overCard: false, speed: 0, blocked: false, ...more }) as const;

/** Feeds events in order and collects the effects, the way the tracker does. */
function run(events: IntentEvent<M>[], start: IntentState<M> = IDLE) {
  let state = start;
  const effects: string[] = [];
  for (const event of events) {
    const step = nextIntent(state, event, config);
    state = step.state;
    if (step.effect) effects.push(step.effect.kind === 'open' ? `open ${step.effect.mention}` : 'close');
  }
  return { state, effects };
}

const openOn = (mention: M, pinned = false): IntentState<M> => ({
  kind: 'open',
  mention,
  pinned,
  deadline: null,
  candidate: null,
});

describe('opening', () => {
  it('opens after the pointer rests on a mention for the delay, not before', () => {
    expect(run([pointer(0, 'xiaomi'), { type: 'tick', at: 199 }]).effects).toEqual([]);
    expect(run([pointer(0, 'xiaomi'), { type: 'tick', at: 200 }]).effects).toEqual(['open xiaomi']);
  });

  it('keeps the wait running while the pointer drifts slowly inside the mention', () => {
    const { effects } = run([
      pointer(0, 'xiaomi'),
      pointer(100, 'xiaomi', { speed: 0.2 }),
      { type: 'tick', at: 200 },
    ]);
    expect(effects).toEqual(['open xiaomi']);
  });

  it('does not open while the pointer sweeps across text', () => {
    const sweep = [0, 16, 32, 48].map((at) => pointer(at, 'xiaomi', { speed: 2 }));
    const { state, effects } = run([...sweep, pointer(64, null, { speed: 2 }), { type: 'tick', at: 1000 }]);
    expect(effects).toEqual([]);
    expect(state).toEqual(IDLE);
  });

  it('restarts the wait on a fast move, so the card opens only once the pointer settles', () => {
    const events = [
      pointer(0, 'xiaomi'),
      pointer(150, 'xiaomi', { speed: 2 }),
      { type: 'tick', at: 200 } as const,
    ];
    expect(run(events).effects).toEqual([]);
    expect(run([...events, { type: 'tick', at: 350 }]).effects).toEqual(['open xiaomi']);
  });

  it('waits afresh when the pointer moves to another mention', () => {
    const { state } = run([pointer(0, 'xiaomi'), pointer(150, 'huawei')]);
    expect(state).toEqual({ kind: 'pending', target: 'huawei', deadline: 350 });
  });

  it('does not open while a button is down or the user types', () => {
    const { state, effects } = run([
      pointer(0, 'xiaomi'),
      pointer(50, 'xiaomi', { blocked: true }),
      { type: 'tick', at: 500 },
    ]);
    expect(effects).toEqual([]);
    expect(state).toEqual(IDLE);
    expect(run([pointer(0, 'xiaomi', { blocked: true })]).state).toEqual(IDLE);
  });

  it('opens at once, pinned or not, when shown by click or keyboard', () => {
    expect(nextIntent(IDLE, { type: 'show', mention: 'xiaomi', pinned: true }, config)).toEqual({
      state: openOn('xiaomi', true),
      effect: { kind: 'open', mention: 'xiaomi', pinned: true },
    });
  });
});

describe('staying open and closing', () => {
  it('closes after a grace period once the pointer leaves', () => {
    const left = run([pointer(1000, null)], openOn('xiaomi'));
    expect(intentDeadline(left.state)).toBe(1300);
    expect(run([pointer(1000, null), { type: 'tick', at: 1299 }], openOn('xiaomi')).effects).toEqual([]);
    expect(run([pointer(1000, null), { type: 'tick', at: 1300 }], openOn('xiaomi')).effects).toEqual([
      'close',
    ]);
  });

  it('does not extend the grace period while the pointer keeps moving over plain text', () => {
    const { effects } = run(
      [pointer(1000, null), pointer(1200, null), { type: 'tick', at: 1300 }],
      openOn('xiaomi'),
    );
    expect(effects).toEqual(['close']);
  });

  it('stays open while the pointer travels into the card', () => {
    const { state, effects } = run(
      [pointer(1000, null), pointer(1100, null, { overCard: true }), { type: 'tick', at: 5000 }],
      openOn('xiaomi'),
    );
    expect(effects).toEqual([]);
    expect(state).toEqual(openOn('xiaomi'));
  });

  it('stays open when the pointer comes back to the mention', () => {
    const { effects } = run(
      [pointer(1000, null), pointer(1100, 'xiaomi'), { type: 'tick', at: 5000 }],
      openOn('xiaomi'),
    );
    expect(effects).toEqual([]);
  });

  it('swaps to another mention the pointer rests on, after the delay', () => {
    const { effects, state } = run(
      [pointer(1000, 'huawei'), { type: 'tick', at: 1199 }, { type: 'tick', at: 1200 }],
      openOn('xiaomi'),
    );
    expect(effects).toEqual(['open huawei']);
    expect(state).toEqual(openOn('huawei'));
  });

  it('does not swap while the pointer merely crosses another mention on its way to the card', () => {
    const { effects } = run(
      [
        pointer(1000, 'huawei', { speed: 1 }),
        pointer(1050, null, { overCard: true }),
        { type: 'tick', at: 5000 },
      ],
      openOn('xiaomi'),
    );
    expect(effects).toEqual([]);
  });

  it('keeps a pinned card whatever the pointer does', () => {
    const { effects } = run(
      [pointer(1000, null), pointer(1100, 'huawei'), { type: 'tick', at: 9000 }],
      openOn('xiaomi', true),
    );
    expect(effects).toEqual([]);
  });

  it('closes on dismiss, and a dismiss with nothing open does nothing', () => {
    expect(run([{ type: 'dismiss' }], openOn('xiaomi', true))).toEqual({ state: IDLE, effects: ['close'] });
    expect(run([pointer(0, 'xiaomi'), { type: 'dismiss' }, { type: 'tick', at: 1000 }])).toEqual({
      state: IDLE,
      effects: [],
    });
  });

  it('closes on a click away unless pinned, and a click away with nothing open does nothing', () => {
    expect(run([{ type: 'click-away' }], openOn('xiaomi'))).toEqual({ state: IDLE, effects: ['close'] });
    expect(run([{ type: 'click-away' }], openOn('xiaomi', true))).toEqual({
      state: openOn('xiaomi', true),
      effects: [],
    });
    expect(run([pointer(0, 'xiaomi'), { type: 'click-away' }, { type: 'tick', at: 1000 }])).toEqual({
      state: IDLE,
      effects: [],
    });
  });

  it('has no deadline while idle or while the card is simply open', () => {
    expect(intentDeadline(IDLE)).toBeNull();
    expect(intentDeadline(openOn('xiaomi'))).toBeNull();
  });
});
