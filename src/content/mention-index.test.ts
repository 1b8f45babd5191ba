// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { MentionStore } from './mention-index.ts';

function mentionIn(store: MentionStore, block: Element) {
  const text = block.firstChild as Text;
  const range = document.createRange();
  range.selectNodeContents(text);
  return store.add('huawei', range, [text]);
}

it('removes the mentions inside a subtree made editable, and only those', () => {
  document.body.innerHTML = '<div id="draft"><p>Huawei</p><p>Huawei</p></div><p id="plain">Huawei</p>';
  const store = new MentionStore();
  const [first, second] = [...document.querySelectorAll('#draft p')].map((p) => mentionIn(store, p));
  const plain = mentionIn(store, document.getElementById('plain') as Element);
  expect(store.removeInside(document.getElementById('draft') as Element)).toEqual([first, second]);
  expect(store.all()).toEqual([plain]);
  expect(store.removeInside(document)).toEqual([plain]);
});
