// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SerializedMatcher } from '../shared/matcher/serialized-matcher.ts';
import type { BackgroundRequest, BackgroundResponses } from '../shared/messages.ts';
import { startPageDictionary } from './page-dictionary.ts';

type Request = Extract<BackgroundRequest, { type: 'find-companies' }>;
type Answer = BackgroundResponses['find-companies'];

const MATCHER = { format: 'company-lens-aho-corasick' } as unknown as SerializedMatcher;

let life = new AbortController();
afterEach(() => {
  life.abort();
  life = new AbortController();
  document.body.innerHTML = '';
});

/** A background that finds "Acme" and "Zenith" (pack companies) in the text it is sent. */
function background(revision = 'r1') {
  const requests: Request[] = [];
  const times: number[] = [];
  const ask = vi.fn(async (request: Request): Promise<Answer> => {
    requests.push(request);
    times.push(performance.now());
    const found = [...request.known];
    for (const id of ['acme', 'zenith']) {
      if (!found.includes(id) && request.text.toLowerCase().includes(id)) found.push(id);
    }
    return found.length > request.known.length
      ? { revision, matcher: MATCHER, found }
      : { revision, matcher: null, found: request.known };
  });
  return { ask, requests, times };
}

function start(ask: ReturnType<typeof background>['ask']) {
  const onMatcher = vi.fn();
  const dictionary = startPageDictionary({
    doc: document,
    accepts: (revision) => revision === 'r1',
    onMatcher,
    signal: life.signal,
    ask,
  });
  return { dictionary, onMatcher };
}

describe('startPageDictionary', () => {
  it('sends the whole page first, then only the text added, with the companies known, in one batch', async () => {
    document.body.innerHTML = '<p>Acme rose.</p><p>Markets fell.</p>';
    const { ask, requests, times } = background();
    const { dictionary, onMatcher } = start(ask);
    expect(requests).toEqual([{ type: 'find-companies', text: 'Acme rose.\nMarkets fell.', known: [] }]);
    await vi.waitFor(() => expect(onMatcher).toHaveBeenCalledWith(MATCHER, null));

    const added = document.createElement('div');
    added.innerHTML = '<p>Markets fell.</p><p>Zenith signed.</p>';
    const inner = document.createElement('p');
    inner.textContent = 'Also new.';
    added.append(inner);
    document.body.append(added);
    // Two reports of the same change, the inner one inside the outer: one request, one root.
    dictionary.textChanged(inner);
    dictionary.textChanged(added);
    await vi.waitFor(() => expect(onMatcher).toHaveBeenCalledTimes(2), { timeout: 5000 });
    expect(requests[1]).toEqual({
      type: 'find-companies',
      text: 'Zenith signed.\nAlso new.',
      known: ['acme'],
    });
    expect(onMatcher).toHaveBeenLastCalledWith(MATCHER, [added]);
    expect(requests).toHaveLength(2);
    // At most one request a second, however often the page changes.
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(999);
  });

  it('asks again for text whose answer came from another runtime revision, a couple of times at most', async () => {
    document.body.innerHTML = '<p>Acme rose.</p>';
    // A rebuild lands while the first question is on its way: its answer is of a revision the
    // frame does not hold; the next is of the frame's.
    const revisions = ['r0', 'r1'];
    const { ask, requests } = background();
    ask.mockImplementation(async (request: Request) => {
      requests.push(request);
      return { revision: revisions.shift() ?? 'r1', matcher: MATCHER, found: ['acme'] };
    });
    const { onMatcher } = start(ask);
    await vi.waitFor(() => expect(onMatcher).toHaveBeenCalledWith(MATCHER, null), { timeout: 5000 });
    expect(requests.map((r) => r.text)).toEqual(['Acme rose.', 'Acme rose.']);

    // Answers that never match the frame's revision stop after the retries.
    life.abort();
    life = new AbortController();
    const stale = background('r9');
    const second = start(stale.ask);
    await vi.waitFor(() => expect(stale.requests).toHaveLength(3), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stale.requests).toHaveLength(3);
    expect(second.onMatcher).not.toHaveBeenCalled();
  });

  it('sends nothing for text it sent already, and does not change the matcher for known names', async () => {
    document.body.innerHTML = '<p id="a">Acme rose.</p>';
    const { ask, requests } = background();
    const { dictionary, onMatcher } = start(ask);
    await vi.waitFor(() => expect(onMatcher).toHaveBeenCalledTimes(1));
    const block = document.getElementById('a') as Element;
    block.textContent = 'Acme rose.';
    dictionary.textChanged(block);
    block.insertAdjacentHTML('afterend', '<p id="b">Acme again.</p>');
    dictionary.textChanged(document.getElementById('b') as Element);
    await vi.waitFor(() => expect(requests).toHaveLength(2), { timeout: 5000 });
    expect(requests[1]?.text).toBe('Acme again.');
    await ask.mock.results[1]?.value;
    expect(onMatcher).toHaveBeenCalledTimes(1);
  });

  it('reads a shadow root it is told of once, and leaves the user’s editable text out', async () => {
    document.body.innerHTML =
      '<p>Plain.</p><x-card></x-card><div contenteditable="true"><p>Zenith typed</p></div>';
    const { ask, requests } = background();
    const { dictionary, onMatcher } = start(ask);
    const host = document.querySelector('x-card') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Acme inside.</p>';
    dictionary.textChanged(document.querySelector('[contenteditable] p') as Element);
    dictionary.textChanged(shadow);
    await vi.waitFor(() => expect(onMatcher).toHaveBeenCalledWith(MATCHER, [shadow]), { timeout: 5000 });
    expect(requests.map((r) => r.text)).toEqual(['Plain.', 'Acme inside.']);
    dictionary.textChanged(shadow);
    document.body.insertAdjacentHTML('beforeend', '<p>Later.</p>');
    dictionary.textChanged(document.body);
    await vi.waitFor(() => expect(requests).toHaveLength(3), { timeout: 5000 });
    // The whole body again: only what was never sent; the shadow root read already is not read again.
    expect(requests[2]?.text).toBe('Later.');
  });

  it('waits while the user types', async () => {
    document.body.innerHTML = '<p>Plain.</p>';
    const { ask, requests } = background();
    const { dictionary } = start(ask);
    document.body.insertAdjacentHTML('beforeend', '<p id="n">Acme news.</p>');
    let lastKey = 0;
    const sentAt: number[] = [];
    ask.mockImplementationOnce(async (request) => {
      sentAt.push(performance.now());
      requests.push(request);
      return { revision: 'r1', matcher: null, found: [] };
    });
    const typing = setInterval(() => {
      if (performance.now() - start0 > 900) return clearInterval(typing);
      lastKey = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown'));
    }, 100);
    const start0 = performance.now();
    dictionary.textChanged(document.getElementById('n') as Element);
    await vi.waitFor(() => expect(sentAt).toHaveLength(1), { timeout: 5000 });
    clearInterval(typing);
    expect((sentAt[0] ?? 0) - lastKey).toBeGreaterThanOrEqual(499);
    expect(requests.at(-1)?.text).toBe('Acme news.');
  });

  it('drops an answer for another runtime, and stops when aborted', async () => {
    document.body.innerHTML = '<p>Acme rose.</p>';
    const { ask } = background('r0');
    const { dictionary, onMatcher } = start(ask);
    await ask.mock.results[0]?.value;
    expect(onMatcher).not.toHaveBeenCalled();
    life.abort();
    document.body.insertAdjacentHTML('beforeend', '<p id="n">Zenith.</p>');
    dictionary.textChanged(document.getElementById('n') as Element);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
