// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../shared/matcher/compile.ts';
import { loadMatcher } from '../shared/matcher/load.ts';
import {
  installFakeHighlights,
  markedTexts,
  scan,
  settled,
  TEST_NAMES,
  testMatcher,
} from './scan/scan-test-kit.ts';
import { startScanner } from './scanner.ts';

let registry: Map<string, Set<Range>>;
let life: AbortController;

beforeEach(() => {
  registry = installFakeHighlights(window);
  life = new AbortController();
});
afterEach(() => life.abort());

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('startScanner', () => {
  it('marks names split across inline elements, and possessives, in document order', async () => {
    const index = scan(
      page(`<p>Hua<b>wei</b> and <a href="#">Xiaomi</a>'s phones</p><p>ZTE-made</p>`),
      life.signal,
    );
    await settled(index);
    expect(markedTexts(index)).toEqual(['Huawei=huawei', 'Xiaomi=xiaomi', 'ZTE=zte']);
    // Painting is batched, shortly after the scan (the first batch at once, later ones gathered).
    await vi.waitFor(() => {
      expect([...(registry.get('company-lens-restricted') ?? [])].map(String)).toEqual(['Huawei']);
      expect([...(registry.get('company-lens-contested') ?? [])].map(String)).toEqual(['ZTE']);
      expect([...(registry.get('company-lens-none') ?? [])].map(String)).toEqual(['Xiaomi']);
    });
  });

  it('does not join text across blocks, and skips form fields, editables, scripts and our own UI', async () => {
    const index = scan(
      page(`<div>Hua</div><div>wei</div><p>Hua<br>wei</p>
        <textarea>Huawei</textarea><input value="Huawei"><div contenteditable>Huawei</div>
        <script>"Huawei"</script><style>.Huawei{}</style><company-lens-card>Huawei</company-lens-card>
        <p>Xiaomi</p>`),
      life.signal,
    );
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi']);
  });

  it('drops the mark of a paragraph whose name went away while its container was rescanned', async () => {
    const doc = page('<div><p>Xiaomi <b>phones</b></p><p>Huawei</p></div>');
    const index = scan(doc, life.signal);
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi', 'Huawei=huawei']);
    // One batch: the first paragraph's text changes and the container gains inline content, so the
    // paragraph is rescanned as part of its container (read whole, not as a queued root of its own).
    const [first] = doc.querySelectorAll('p');
    (first?.firstChild as Text).data = 'Nobody ';
    doc.querySelector('div')?.append(doc.createElement('span'));
    await settled(index);
    expect(markedTexts(index)).toEqual(['Huawei=huawei']);
  });

  it('scans a shadow root attached after its component was scanned', async () => {
    const doc = page('<p>Xiaomi</p><x-late></x-late><section><x-late-too></x-late-too> and more</section>');
    const index = scan(doc, life.signal);
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi']);
    // The components' definitions load later and attach their shadow roots; nothing reports that.
    (doc.querySelector('x-late') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>Huawei</p>';
    (doc.querySelector('x-late-too') as Element).attachShadow({ mode: 'open' }).innerHTML = 'ZTE';
    await vi.waitFor(
      () => expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi', 'Huawei=huawei', 'ZTE=zte']),
      {
        timeout: 4000,
        interval: 50,
      },
    );
  });

  it('keeps every mark when the page ends with a skipped element (fast-check counterexample)', async () => {
    const index = scan(
      page('<section><b><b><b>Xiaomi</b></b></b></section><p><b><b><b>Xiaomi</b></b></b></p><p></p>'),
      life.signal,
    );
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi', 'Xiaomi=xiaomi']);
  });

  it('scans open shadow roots', async () => {
    const doc = page('<p>Xiaomi</p><x-card></x-card><p>ZTE</p>');
    const host = doc.querySelector('x-card') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>China Mobile Ltd</p>';
    const index = scan(doc, life.signal);
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi', 'China Mobile Ltd=china-mobile-ltd', 'ZTE=zte']);
  });

  it('scans the shadow root of a component added after the first scan', async () => {
    const doc = page('<p>Xiaomi</p>');
    const index = scan(doc, life.signal);
    await settled(index);
    const host = doc.createElement('x-card');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Huawei</p>';
    doc.body.append(host);
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi', 'Huawei=huawei']);
  });

  it('follows added, changed and removed text', async () => {
    const doc = page('<ul id="feed"><li>Xiaomi</li></ul><p id="p">nothing</p>');
    const index = scan(doc, life.signal);
    await settled(index);
    const feed = doc.getElementById('feed') as HTMLElement;
    const item = doc.createElement('li');
    item.textContent = 'Huawei';
    feed.append(item);
    ((doc.getElementById('p') as HTMLElement).firstChild as Text).data = 'now China Mobile';
    await settled(index);
    expect(markedTexts(index)).toEqual(['Xiaomi=xiaomi', 'Huawei=huawei', 'China Mobile=china-mobile']);
    feed.firstElementChild?.remove();
    ((doc.getElementById('p') as HTMLElement).firstChild as Text).data = 'gone';
    await settled(index);
    expect(markedTexts(index)).toEqual(['Huawei=huawei']);
    expect(index.countsByCompany()).toEqual(new Map([['huawei', 1]]));
  });

  it('rescans only the added block, not the page, when a batch is appended', async () => {
    const doc = page(`<div id="feed">${'<p>Xiaomi and some filler text here</p>'.repeat(200)}</div>`);
    const index = scan(doc, life.signal);
    await settled(index);
    const before = index.stats.chars;
    const batch = doc.createElement('section');
    batch.innerHTML = '<p>Huawei</p>';
    doc.getElementById('feed')?.append(batch);
    await settled(index);
    expect(index.stats.chars - before).toBe('Huawei'.length);
    expect(index.all()).toHaveLength(201);
  });

  it('tells where text may be new, and rescans only the roots it is given with a matcher that adds names', async () => {
    const doc = page(`<div id="feed">${'<p>Xiaomi and some filler text here</p>'.repeat(200)}</div>`);
    const told: Node[] = [];
    const index = startScanner({
      doc,
      matcher: testMatcher,
      companyLevel: () => 'none',
      highlightStyle: 'underline',
      onNewText: (root) => told.push(root),
      signal: life.signal,
    });
    await settled(index);
    expect(told).toEqual([]);
    const batch = doc.createElement('section');
    batch.innerHTML = '<p>Acme Widgets met Huawei</p>';
    doc.getElementById('feed')?.append(batch);
    await settled(index);
    expect(told).toEqual([batch]);
    expect(markedTexts(index).slice(-1)).toEqual(['Huawei=huawei']);

    const before = index.stats.chars;
    const more = loadMatcher(
      compileMatcher([...TEST_NAMES, { text: 'Acme Widgets', caseSensitive: false, companyId: 'acme' }]),
    );
    index.useMatcher(more, [batch]);
    await settled(index);
    expect(index.stats.chars - before).toBe('Acme Widgets met Huawei'.length);
    expect(markedTexts(index).slice(-2)).toEqual(['Acme Widgets=acme', 'Huawei=huawei']);
    expect(index.all()).toHaveLength(202);
  });

  it('answers hit lookups by text position, end exclusive', async () => {
    const index = scan(page('<p>Buy Hua<b>wei</b> now</p>'), life.signal);
    await settled(index);
    const first = document.querySelector('p')?.firstChild as Text;
    const bold = document.querySelector('b')?.firstChild as Text;
    expect(index.at(first, 3)).toBeUndefined();
    expect(index.at(first, 4)?.companyId).toBe('huawei');
    expect(index.at(bold, 2)?.companyId).toBe('huawei');
    expect(index.at(bold, 3)).toBeUndefined();
  });

  it('notifies listeners and leaves nothing behind when aborted', async () => {
    const doc = page('<p>Xiaomi</p>');
    const html = doc.documentElement.outerHTML;
    const index = scan(doc, life.signal);
    let changes = 0;
    index.onChange(() => changes++, life.signal);
    await settled(index);
    expect(changes).toBe(1);
    life.abort();
    expect([...registry.keys()]).toEqual([]);
    expect(index.all()).toEqual([]);
    doc.body.append('Huawei');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(index.all()).toEqual([]);
    doc.body.lastChild?.remove();
    expect(doc.documentElement.outerHTML).toBe(html);
  });
});
