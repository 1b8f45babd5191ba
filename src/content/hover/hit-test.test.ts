// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mention, MentionIndex } from '../mention-index.ts';
import { caretAt, mentionAtPoint } from './hit-test.ts';

// jsdom has no layout: the caret lookup and the mention's line boxes are stubbed with fixed geometry.
let text: Text;
let mention: Mention;
let index: MentionIndex;
let caret: { offsetNode: Node; offset: number } | null;

const rect = (left: number, top: number, width: number, height: number) =>
  new DOMRect(left, top, width, height);

beforeEach(() => {
  document.body.innerHTML = '<p>Phones by Xiaomi sell well</p>';
  text = document.querySelector('p')?.firstChild as Text;
  // "Xiaomi" is characters 10-16; it wraps: "Xia" ends line one, "omi" starts line two.
  const lineBoxes = [rect(100, 0, 30, 20), rect(0, 20, 30, 20)];
  mention = { id: 1, companyId: 'xiaomi', range: { getClientRects: () => lineBoxes } as unknown as Range };
  index = {
    at: (node, offset) => (node === text && offset >= 10 && offset < 16 ? mention : undefined),
    all: () => [mention],
    countsByCompany: () => new Map([['xiaomi', 1]]),
    onChange: () => {},
  };
  caret = null;
  Object.assign(document, {
    caretPositionFromPoint: () => caret,
    elementFromPoint: () => document.querySelector('p'),
  });
});

describe('mentionAtPoint', () => {
  it('finds the mention under the point on either line of a wrapped name', () => {
    caret = { offsetNode: text, offset: 11 };
    expect(mentionAtPoint(document, index, 110, 10)).toBe(mention);
    caret = { offsetNode: text, offset: 14 };
    expect(mentionAtPoint(document, index, 15, 30)).toBe(mention);
  });

  it('counts the right half of the last character, where the caret lands just past the name', () => {
    caret = { offsetNode: text, offset: 16 };
    expect(mentionAtPoint(document, index, 28, 30)).toBe(mention);
  });

  it('ignores a caret snapped to the name from outside its line boxes', () => {
    // Past the end of line one, the caret snaps back to the last character of "Xia".
    caret = { offsetNode: text, offset: 13 };
    expect(mentionAtPoint(document, index, 200, 10)).toBeUndefined();
  });

  it('finds nothing over plain text, outside text, or with no caret', () => {
    caret = { offsetNode: text, offset: 3 };
    expect(mentionAtPoint(document, index, 5, 10)).toBeUndefined();
    caret = { offsetNode: document.body, offset: 0 };
    expect(mentionAtPoint(document, index, 110, 10)).toBeUndefined();
    caret = null;
    expect(mentionAtPoint(document, index, 110, 10)).toBeUndefined();
  });
});

describe('caretAt', () => {
  it('falls back to caretRangeFromPoint where the standard API is missing', () => {
    const range = document.createRange();
    range.setStart(text, 12);
    const doc = Object.assign(Object.create(document) as Document, {
      caretPositionFromPoint: undefined,
      caretRangeFromPoint: () => range,
    });
    expect(caretAt(doc, 1, 1)).toEqual({ node: text, offset: 12 });
  });

  it('passes the open shadow roots under the point so it can see into them', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Huawei</span>';
    const inner = shadow.firstChild?.firstChild as Text;
    let passed: unknown;
    Object.assign(shadow, { elementFromPoint: () => shadow.firstChild });
    Object.assign(document, {
      elementFromPoint: () => host,
      caretPositionFromPoint: (_x: number, _y: number, options?: { shadowRoots?: ShadowRoot[] }) => {
        passed = options?.shadowRoots;
        return { offsetNode: inner, offset: 2 };
      },
    });
    expect(caretAt(document, 1, 1)).toEqual({ node: inner, offset: 2 });
    expect(passed).toEqual([shadow]);
  });

  it('passes every level of deeply nested shadow roots, and stops where a root answers from outside', () => {
    const outer = document.createElement('div');
    const roots: ShadowRoot[] = [];
    let host = outer;
    for (let depth = 0; depth < 40; depth++) {
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      root.append(inner);
      roots.push(root);
      const next = inner;
      Object.assign(root, { elementFromPoint: () => next });
      host = inner;
    }
    // The deepest root has nothing under the point but the page's own outer element.
    const last = host.attachShadow({ mode: 'open' });
    Object.assign(last, { elementFromPoint: () => outer });
    let passed: ShadowRoot[] | undefined;
    Object.assign(document, {
      elementFromPoint: () => outer,
      caretPositionFromPoint: (_x: number, _y: number, options?: { shadowRoots?: ShadowRoot[] }) => {
        passed = options?.shadowRoots;
        return null;
      },
    });
    caretAt(document, 1, 1);
    expect(passed).toEqual([...roots, last]);
  });
});
