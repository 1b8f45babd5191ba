// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatusLevel } from '../../shared/dataset-types.ts';
import { startScanner } from '../scanner.ts';
import type { HighlightPainter } from './highlight-painter.ts';
import { sectionOf, startMentionMarks } from './mention-marks.ts';
import { installFakeHighlights, settled, testMatcher } from './scan-test-kit.ts';

/** A painter that records what is painted now, as the texts of the ranges with their position. */
function recordingPainter() {
  const painted = new Set<Range>();
  const painter: Pick<HighlightPainter, 'add' | 'remove'> = {
    add: (_level, range) => painted.add(range),
    remove: (_level, range) => painted.delete(range),
  };
  return { painter, painted };
}

const level = (id: string): StatusLevel => (id === 'huawei' ? 'restricted' : 'none');

/** Every occurrence of `word` in the body, as ranges in document order. */
function rangesOf(word: string): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Where a painted range sits: the id of its paragraph and its offset there. */
const where = (painted: Set<Range>) =>
  [...painted].map((r) => `${r.startContainer.parentElement?.id}:${r.startOffset}`).sort();

const flushMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

beforeEach(() => {
  document.body.innerHTML = `
    <p id="top">Huawei and Xiaomi above every section. Huawei again.</p>
    <main>
      <p id="m">Huawei in main, outside the articles.</p>
      <article><h2 id="a1">Huawei news</h2><p id="a1p">Huawei said; Xiaomi too. Huawei.</p></article>
      <article><p id="a2">Xiaomi, then Huawei, then Xiaomi.</p>
        <section><p id="a2s">Huawei in a nested section.</p></section></article>
    </main>`;
});

describe('sectionOf', () => {
  it('is the nearest article, section or main, else the document', () => {
    const text = (id: string) => document.getElementById(id)?.firstChild as Node;
    expect(sectionOf(text('top'))).toBe(document);
    expect(sectionOf(text('m'))).toBe(document.querySelector('main'));
    expect(sectionOf(text('a1'))).toBe(document.querySelector('article'));
    expect(sectionOf(text('a2s'))).toBe(document.querySelector('section'));
  });

  it('looks past a shadow root to its host', () => {
    const host = document.createElement('div');
    document.querySelector('article')?.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Huawei</p>';
    expect(sectionOf(shadow.querySelector('p')?.firstChild as Node)).toBe(document.querySelector('article'));
  });
});

describe('startMentionMarks', () => {
  const addAll = (marks: ReturnType<typeof startMentionMarks>, word: string, id: string, order = 1) => {
    const ranges = rangesOf(word);
    for (const range of order === 1 ? ranges : [...ranges].reverse()) marks.add(id, range);
    return ranges;
  };

  it('paints every mention by default', () => {
    const { painter, painted } = recordingPainter();
    const marks = startMentionMarks(painter, level, 'every');
    addAll(marks, 'Huawei', 'huawei');
    expect(painted.size).toBe(8);
  });

  it('paints the first mention of each company in each section, whatever order they arrive in', () => {
    const { painter, painted } = recordingPainter();
    const marks = startMentionMarks(painter, level, 'first-per-section');
    addAll(marks, 'Huawei', 'huawei', -1);
    addAll(marks, 'Xiaomi', 'xiaomi', -1);
    expect(where(painted)).toEqual(['a1:0', 'a1p:13', 'a2:0', 'a2:13', 'a2s:0', 'm:0', 'top:0', 'top:11']);
  });

  it('paints the next mention when the painted one is removed, once the removals are over', async () => {
    const { painter, painted } = recordingPainter();
    const marks = startMentionMarks(painter, level, 'first-per-section');
    const [top1, top2] = addAll(marks, 'Huawei', 'huawei') as Range[];
    marks.remove('huawei', top1 as Range);
    expect(where(painted)).not.toContain('top:0');
    await flushMicrotasks();
    expect(where(painted)).toContain('top:39');
    marks.remove('huawei', top2 as Range);
    await flushMicrotasks();
    expect(where(painted).filter((w) => w.startsWith('top'))).toEqual([]);
  });

  it('a new earlier mention takes over from the painted one', () => {
    const { painter, painted } = recordingPainter();
    const marks = startMentionMarks(painter, level, 'first-per-section');
    const article = document.querySelector('article') as Element;
    addAll(marks, 'Huawei', 'huawei');
    expect(where(painted)).toContain('a1:0');
    const lead = document.createElement('p');
    lead.id = 'lead';
    lead.textContent = 'Earlier: Huawei';
    article.prepend(lead);
    const [range] = rangesOf('Huawei').filter((r) => r.startContainer.parentElement === lead);
    marks.add('huawei', range as Range);
    expect(where(painted)).toContain('lead:9');
    expect(where(painted)).not.toContain('a1:0');
  });

  it('switches live between every mention and the first ones', () => {
    const { painter, painted } = recordingPainter();
    const marks = startMentionMarks(painter, level, 'every');
    const huawei = addAll(marks, 'Huawei', 'huawei');
    const all = () => huawei.map((range) => ({ companyId: 'huawei', range }));
    marks.setMode('first-per-section', all);
    expect(where(painted)).toEqual(['a1:0', 'a2:13', 'a2s:0', 'm:0', 'top:0']);
    marks.setMode('every', all);
    expect(painted.size).toBe(8);
    // After switching back, removal goes straight to the painter again.
    marks.remove('huawei', huawei[0] as Range);
    expect(painted.size).toBe(7);
  });
});

describe('new levels', () => {
  /** A painter that records each painted range's level, as the painter's highlights would hold it. */
  function levelPainter() {
    const painted = new Map<Range, StatusLevel>();
    const painter: Pick<HighlightPainter, 'add' | 'remove'> = {
      add: (lvl, range) => painted.set(range, lvl),
      remove: (lvl, range) => {
        // Removing from a highlight the range is not in would leave it painted in the old colour.
        if (painted.get(range) === lvl) painted.delete(range);
      },
    };
    return { painter, painted };
  }
  const levels = (painted: Map<Range, StatusLevel>) => new Set(painted.values());
  const mentionsOf = (word: string, companyId: string) =>
    rangesOf(word).map((range) => ({ companyId, range }));

  it('move every painted mention of a company to its new level, in both modes', () => {
    for (const mode of ['every', 'first-per-section'] as const) {
      const { painter, painted } = levelPainter();
      const marks = startMentionMarks(painter, level, mode);
      const mentions = [...mentionsOf('Huawei', 'huawei'), ...mentionsOf('Xiaomi', 'xiaomi')];
      for (const { companyId, range } of mentions) marks.add(companyId, range);
      const count = painted.size;
      expect(levels(painted)).toEqual(new Set(['restricted', 'none']));
      marks.setLevels(
        (id) => (id === 'xiaomi' ? 'contested' : 'none'),
        () => mentions,
      );
      expect(painted.size).toBe(count);
      expect(levels(painted)).toEqual(new Set(['contested', 'none']));
      // Removal now goes to the new level's highlight.
      for (const { companyId, range } of mentions) marks.remove(companyId, range);
      expect(painted.size).toBe(0);
    }
  });
});

describe('with the scanner', () => {
  let life: AbortController;
  beforeEach(() => {
    life = new AbortController();
  });
  afterEach(() => life.abort());

  it('indexes every mention, paints the first ones, and follows the setting live', async () => {
    const registry = installFakeHighlights(window);
    const painted = () => [...(registry.get('company-lens-restricted') ?? [])].length;
    const index = startScanner({
      doc: document,
      matcher: testMatcher,
      companyLevel: level,
      highlightStyle: 'underline',
      markMentions: 'first-per-section',
      signal: life.signal,
    });
    await settled(index);
    expect(index.countsByCompany().get('huawei')).toBe(8);
    await vi.waitFor(() => expect(painted()).toBe(5));
    index.setMarkMentions('every');
    await vi.waitFor(() => expect(painted()).toBe(8));
    index.setMarkMentions('first-per-section');
    await vi.waitFor(() => expect(painted()).toBe(5));
    expect(index.all()).toHaveLength(12);
  });
});
