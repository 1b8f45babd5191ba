// @vitest-environment jsdom
/**
 * Runs as the walker cuts them, with the block prefilter on: paragraphs of plain inline markup are
 * read whole, the others walked, and both give the same runs, in document order.
 */
import { expect, it } from 'vitest';
import { testMatcher } from './scan-test-kit.ts';
import { type TextRun, TextRunWalker } from './text-run-walker.ts';

function walk(html: string, prefiltered: boolean, onBlockRead?: (block: Element) => void): TextRun[] {
  document.body.innerHTML = html;
  const walker = new TextRunWalker(document.body, {
    onShadowRoot: () => {},
    matcher: prefiltered ? testMatcher : undefined,
    onBlockRead,
  });
  const runs: TextRun[] = [];
  for (let run = walker.next(() => false); run !== null; run = walker.next(() => false)) {
    if (run) runs.push(run);
  }
  return runs;
}

function runsOf(html: string, prefiltered = true): string[][] {
  return walk(html, prefiltered).map((run) => {
    // Each run's offsets must point into its text node by node.
    run.nodes.forEach((node, i) => {
      expect(run.text.slice(run.starts[i], (run.starts[i] ?? 0) + node.length)).toBe(node.data);
    });
    return run.nodes.map((node) => node.data);
  });
}

it('reads a paragraph of inline markup as one run of its text nodes, up to its last name', () => {
  expect(runsOf('<p>Hua<b>wei</b> and <a href="#">Xi<i>aomi</i></a>.</p>')).toEqual([
    ['Hua', 'wei', ' and ', 'Xi', 'aomi'],
  ]);
  expect(runsOf('<p>Huawei <b>phones</b> and <i>more</i></p>')).toEqual([['Huawei ']]);
});

it('reads a div of inline markup like a paragraph, and walks a div holding blocks', () => {
  const read: string[] = [];
  const runs = walk(
    '<div>nothing <b>here</b></div><div>Hua<b>wei</b> phones</div><div><p>ZTE</p> and Xiaomi</div>',
    true,
    (block) => read.push(block.textContent ?? ''),
  );
  expect(read).toEqual(['nothing here', 'Huawei phones', 'ZTE']);
  expect(runs.map((run) => run.text)).toEqual(['Huawei phones', 'ZTE', ' and Xiaomi']);
});

it('reads a block again when the text before it was returned first, so its hits are current', () => {
  document.body.innerHTML = '<div>intro text<p>Xiaomi phones</p></div>';
  const walker = new TextRunWalker(document.body, { onShadowRoot: () => {}, matcher: testMatcher });
  expect(walker.next(() => false)?.text).toBe('intro text');
  // The page changes the paragraph before the next step (a yield may come in between).
  (document.querySelector('p')?.firstChild as Text).data = 'Huawei phones';
  const run = walker.next(() => false);
  expect(run?.text).toBe('Huawei phones');
  expect(run?.hits?.map((hit) => hit.companyId)).toEqual(['huawei']);
  expect(walker.next(() => false)).toBeNull();
});

it('ends after skipping the last element instead of starting over', () => {
  expect(runsOf('<section><b>Xiaomi</b></section><p>Huawei</p><script>ZTE</script>')).toEqual([
    ['Xiaomi'],
    ['Huawei'],
  ]);
  expect(runsOf('<section><b>Xiaomi</b></section><p>Huawei</p><p></p>')).toEqual([['Xiaomi'], ['Huawei']]);
});

it('reports each block it reads whole or skips for its text, not the ones it walks', () => {
  const read: string[] = [];
  walk('<p>nothing</p><p>Xiaomi <b>x</b></p><p>ZTE<br>x</p><li>none <x-c></x-c></li>', true, (block) =>
    read.push(block.textContent ?? ''),
  );
  expect(read).toEqual(['nothing', 'Xiaomi x']);
});

it('skips a paragraph that cannot hold a name, and walks one that holds a run break', () => {
  expect(runsOf('<p>nothing <b>here</b></p><p>foo<br>Xiaomi</p>')).toEqual([['foo'], ['Xiaomi']]);
});

it('leaves editable text out of a paragraph with a name', () => {
  expect(runsOf('<p>Huawei <span contenteditable="true">Xiaomi</span> ZTE</p>')).toEqual([
    ['Huawei '],
    [' ZTE'],
  ]);
});

it('walks a paragraph holding a component, whose shadow tree the text check cannot see', () => {
  const found: ShadowRoot[] = [];
  document.body.innerHTML = '<p>plain words <x-quote></x-quote></p>';
  const host = document.querySelector('x-quote') as Element;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.textContent = 'Xiaomi';
  const walker = new TextRunWalker(document.body, {
    onShadowRoot: (root) => found.push(root),
    matcher: testMatcher,
  });
  while (walker.next(() => false) !== null);
  expect(found).toEqual([shadow]);
});

it('keeps document order around blocks read whole', () => {
  expect(runsOf('<div>intro Xiaomi<p>Huawei <em>phones</em></p>tail ZTE</div><li>ZTE</li>')).toEqual([
    ['intro Xiaomi'],
    ['Huawei '],
    ['tail ZTE'],
    ['ZTE'],
  ]);
});

it('gives the same runs with and without the prefilter where names are', () => {
  const html =
    '<ul><li>Xiaomi <b>and</b> Huawei</li><li>none</li></ul><p>ZTE<br>China <i>Mobile</i></p><td>华为</td>';
  expect(runsOf(html)).toEqual(runsOf(html, false).filter((run) => run.join('') !== 'none'));
});

it('matches a block read whole as it reads it, and skips one whose text only looks like a name', () => {
  const runs = walk('<p>pineapple <b>Googleplex</b></p><p>Hua<b>wei</b> phones</p>', true);
  expect(runs.map((run) => run.text)).toEqual(['Huawei phones']);
  expect(runs[0]?.hits).toEqual(testMatcher.findAll('Huawei phones'));
  expect(runs[0]?.hits).toHaveLength(1);
});
