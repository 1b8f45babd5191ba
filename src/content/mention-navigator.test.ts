// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention, MentionIndex } from './mention-index.ts';
import { createMentionNavigator } from './mention-navigator.ts';

// jsdom has no layout: each mention gets a fixed box in a 600px-high viewport scrolled by `scrollY`.
let scrollY = 0;
let scrolledIntoView: Element[] = [];

function mention(id: number, companyId: string, top: number, visible = true): Mention {
  const element = document.createElement('span');
  const box = () => new DOMRect(10, top - scrollY, 50, 16);
  element.scrollIntoView = () => {
    scrolledIntoView.push(element);
  };
  const range = {
    startContainer: element,
    getClientRects: () => (visible ? [box()] : []),
    getBoundingClientRect: box,
  } as unknown as Range;
  return { id, companyId, range };
}

let mentions: Mention[];
let current: Mention | undefined;
const card = {
  open: vi.fn((m: Mention) => {
    current = m;
  }),
  current: () => current,
};
const index = { all: () => mentions } as unknown as MentionIndex;
const win = {
  innerHeight: 600,
  innerWidth: 800,
  scrollBy: vi.fn(({ top }: { top: number }) => {
    scrollY += top;
  }),
} as unknown as Window;

beforeEach(() => {
  scrollY = 0;
  scrolledIntoView = [];
  current = undefined;
  card.open.mockClear();
  vi.mocked(win.scrollBy).mockClear();
  mentions = [
    mention(1, 'xiaomi', 100),
    mention(2, 'huawei', 300),
    mention(3, 'xiaomi', 900),
    mention(4, 'zte', 1000, false),
    mention(5, 'xiaomi', 1500),
  ];
});

const opened = () => card.open.mock.calls.map(([m]) => m.id);

describe('step', () => {
  it('walks forward and back from the open card, wrapping, and skips mentions not laid out', () => {
    const nav = createMentionNavigator(index, card, win);
    for (let i = 0; i < 5; i++) nav.step(1);
    nav.step(-1);
    expect(opened()).toEqual([1, 2, 3, 5, 1, 5]);
  });

  it('opens each card with focus inside it', () => {
    createMentionNavigator(index, card, win).step(1);
    expect(card.open).toHaveBeenCalledWith(mentions[0], { focus: true });
  });

  it('starts from the viewport when no card is open', () => {
    scrollY = 850; // Mentions 1 and 2 are above the view, 3 is in it.
    const nav = createMentionNavigator(index, card, win);
    nav.step(1);
    current = undefined;
    nav.step(-1);
    expect(opened()).toEqual([3, 3]);
  });

  it('scrolls a mention outside the view to the middle, and leaves a visible one where it is', () => {
    const nav = createMentionNavigator(index, card, win);
    nav.step(1);
    expect(win.scrollBy).not.toHaveBeenCalled();
    nav.step(1);
    nav.step(1);
    expect(scrolledIntoView).toEqual([mentions[2]?.range.startContainer]);
    expect(mentions[2]?.range.getBoundingClientRect().top).toBe(292); // centre of 600 minus half of 16
  });

  it('reports false on a page without mentions', () => {
    mentions = [];
    expect(createMentionNavigator(index, card, win).step(1)).toBe(false);
    expect(card.open).not.toHaveBeenCalled();
  });
});

describe('revealCompany', () => {
  it('goes to the company’s first mention, then its next ones, wrapping', () => {
    const nav = createMentionNavigator(index, card, win);
    for (let i = 0; i < 4; i++) expect(nav.revealCompany('xiaomi')).toBe(true);
    expect(opened()).toEqual([1, 3, 5, 1]);
  });

  it('starts from the company’s first mention when another company’s card is open', () => {
    current = mentions[1];
    createMentionNavigator(index, card, win).revealCompany('xiaomi');
    expect(opened()).toEqual([1]);
  });

  it('reports false for a company with no visible mention', () => {
    expect(createMentionNavigator(index, card, win).revealCompany('zte')).toBe(false);
    expect(createMentionNavigator(index, card, win).revealCompany('qualcomm')).toBe(false);
  });
});
