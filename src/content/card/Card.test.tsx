// @vitest-environment jsdom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../shared/i18n.ts';
import type { RestoreNoteAnswer } from '../../shared/messages.ts';
import { Card, type CardProps } from './Card.tsx';
import { articleById, XIAOMI } from './card-test-data.ts';

let root: HTMLElement;

function show(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    company: XIAOMI,
    articleById,
    parentName: null,
    pinned: false,
    docked: false,
    theme: 'system',
    locale: 'en-US',
    now: new Date('2026-12-06T12:00:00Z'),
    t,
    actions: { readSource: vi.fn(), copyCitation: vi.fn(async () => true) },
    onTogglePin: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  act(() => render(<Card {...props} />, root));
  return { props, dialog: root.querySelector<HTMLElement>('[role="dialog"]') as HTMLElement };
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
/** What a screen reader hears: the text without the parts hidden from it (tooltips until hovered or focused). */
const spoken = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"], [role="tooltip"]')) hidden.remove();
  return text(copy);
};

// jsdom has no layout, so no ResizeObserver: the scroll cue's own check still runs on render.
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    disconnect() {}
  },
);

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Card', () => {
  it('is a dialog named after the company', () => {
    const { dialog } = show();
    const name = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(text(name)).toBe('Xiaomi');
    expect(dialog.getAttribute('lang')).toBe('en');
    expect(text(dialog.querySelector('.meta'))).toBe('China · Company');
  });

  it('says what the status is, as of when, and how old it is, with the inferred mark explained', () => {
    const { dialog } = show();
    expect(text(dialog.querySelector('.status-what'))).toBe(
      'Contested US investment blacklist: inclusion blocked by court',
    );
    expect(dialog.querySelector('.badge')?.getAttribute('data-tone')).toBe('contested');
    const when = dialog.querySelector('.status-when') as HTMLElement;
    expect(spoken(when)).toBe('As of ~Mar 13, 2021 5 years ago, older than a year, may be out of date');
    expect(when.querySelector('.age')?.getAttribute('data-stale')).toBe('true');
    const date = when.querySelector('.when.inferred') as HTMLElement;
    expect(date.localName).toBe('button');
    const tip = document.getElementById(date.getAttribute('aria-describedby') ?? '');
    expect(text(tip)).toBe(
      '~ date inferred: inferred from "two months later" after the January 15 announcement',
    );
  });

  it('shows a recent status without the warning', () => {
    const { dialog } = show({ now: new Date('2021-05-02T00:00:00Z') });
    const age = dialog.querySelector('.age') as HTMLElement;
    expect(spoken(age)).toBe('2 months ago');
    expect(age.getAttribute('data-stale')).toBe('false');
  });

  it('reads "not flagged" in a neutral tone where no source reports a standing, and green only for a sourced all-clear', () => {
    const unflagged = show({
      company: { ...XIAOMI, status: { ...XIAOMI.status, level: 'none', factIds: [] } },
    });
    expect(text(unflagged.dialog.querySelector('.status-what'))).toBe('Not flagged in our sources');
    expect(unflagged.dialog.querySelector('.badge')?.getAttribute('data-tone')).toBe('unflagged');
    const cleared = show({
      company: { ...XIAOMI, status: { ...XIAOMI.status, level: 'none', label: 'Removed from the list' } },
    });
    expect(text(cleared.dialog.querySelector('.status-what'))).toBe('No restriction Removed from the list');
    expect(cleared.dialog.querySelector('.badge')?.getAttribute('data-tone')).toBe('cleared');
  });

  it('opens on a summary: the facts the status rests on, then the newest others, then one control for all', () => {
    const { dialog } = show();
    const sections = [...dialog.querySelectorAll('section')];
    expect(sections.map((s) => text(s.querySelector('h3')))).toEqual([
      'What the status rests on',
      'Newest other facts',
    ]);
    expect([...dialog.querySelectorAll('.toggle')].map(spoken)).toEqual([
      '~Mar 2021 A US judge blocked the inclusion',
      'Feb 2021 Works with Qualcomm',
      'Jan 15, 2021 Added to the Pentagon investment blacklist',
    ]);
    const all = dialog.querySelector('.show-all') as HTMLButtonElement;
    expect(text(all)).toBe('All 4 facts: 2 on restrictions and bans, 2 market notes');
    expect(all.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows every fact grouped by category on request, and goes back to the summary', () => {
    const { dialog } = show();
    act(() => (dialog.querySelector('.show-all') as HTMLButtonElement).click());
    const sections = [...dialog.querySelectorAll('section')];
    expect(sections.map((s) => text(s.querySelector('h3')))).toEqual([
      'Restrictions and bans',
      'Market notes',
    ]);
    expect([...(sections[0]?.querySelectorAll('.date') ?? [])].map(text)).toEqual([
      '~Mar 2021',
      'Jan 15, 2021',
    ]);
    expect([...(sections[1]?.querySelectorAll('.date') ?? [])].map(text)).toEqual(['Feb 2021', '2020']);
    const back = dialog.querySelector('.show-all') as HTMLButtonElement;
    expect(text(back)).toBe('Back to the summary');
    expect(back.getAttribute('aria-expanded')).toBe('true');
    act(() => back.click());
    expect(dialog.querySelectorAll('.toggle')).toHaveLength(3);
  });

  it('reveals a fact’s verbatim quote and its source on demand', () => {
    const { dialog } = show();
    const toggle = dialog.querySelector<HTMLButtonElement>('.toggle') as HTMLButtonElement;
    const source = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(source.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(source.hidden).toBe(false);
    // The quote as the article prints it, without quote marks of ours around it (they doubled its own).
    expect(text(source.querySelector('blockquote'))).toBe(
      'an American judge has agreed with him to suspend Xiaomi blockade',
    );
    expect(text(source.querySelector('cite'))).toBe(
      'A judge suspends Xiaomi blockade regarding national security',
    );
    expect(text(source.querySelector('.cite-meta .when'))).toBe('~Mar 13, 2021');
    expect(text(source.querySelector('.cite-meta [role="tooltip"]'))).toBe(
      '~ date inferred: inferred from "two months later" after the January 15 announcement',
    );
  });

  it('says when the publisher is not known, instead of an orphaned "cites"', () => {
    const { dialog } = show();
    const listed = dialog.querySelectorAll('.source')[2];
    expect(text(listed?.querySelector('.cite-meta') ?? null)).toBe(
      'Publisher not known · cites Reuters · Jan 2021',
    );
  });

  it('opens the source, copies the citation and says so, and links the original only where it has an address', async () => {
    const { dialog, props } = show();
    const source = dialog.querySelectorAll('.source')[0] as HTMLElement;
    const [read, copy] = [...source.querySelectorAll<HTMLButtonElement>('.source-actions button')];
    expect(text(read ?? null)).toBe('Read it in the article');
    act(() => read?.click());
    expect(props.actions.readSource).toHaveBeenCalledWith(XIAOMI.facts.find((f) => f.id === 'f-blocked'));
    await act(async () => copy?.click());
    expect(props.actions.copyCitation).toHaveBeenCalledOnce();
    expect(text(source.querySelector('[role="status"]'))).toBe('Copied the quote with its citation');
    expect(source.querySelector('a')).toBeNull();

    const withUrl = (id: string) => {
      const article = articleById(id);
      return article && { ...article, url: 'https://example.com/story' };
    };
    const linked = show({ articleById: withUrl }).dialog.querySelector('.source a') as HTMLAnchorElement;
    expect(linked.href).toBe('https://example.com/story');
    expect(linked.rel).toBe('noopener noreferrer');
  });

  it('says where each fact comes from: the bundled articles, or the pack by its name', () => {
    const pack = { id: 'acme-notes', name: 'Acme Compliance Notes' };
    const fromPack = { ...XIAOMI, facts: XIAOMI.facts.map((f, i) => (i === 0 ? { ...f, pack } : f)) };
    const sources = show({ company: fromPack }).dialog.querySelectorAll('.source');
    const packed = [...sources].find(
      (s) => text(s.querySelector('.cite-pack')) === 'From the pack Acme Compliance Notes',
    );
    expect(packed).toBeDefined();
    // The source reader opens a pack's articles too, from the pack store.
    expect([...(packed?.querySelectorAll('.source-actions button') ?? [])].map((b) => text(b))).toEqual([
      'Read it in the article',
      'Copy quote with citation',
    ]);
    const bundled = [...sources].filter((s) => s !== packed);
    expect(
      bundled.every(
        (s) => text(s.querySelector('.cite-pack')) === 'From the articles that ship with Company Lens',
      ),
    ).toBe(true);
  });

  it('says so when copying is refused', async () => {
    const { dialog } = show({ actions: { readSource: vi.fn(), copyCitation: vi.fn(async () => false) } });
    const copy = dialog.querySelectorAll<HTMLButtonElement>('.source-actions button')[1];
    await act(async () => copy?.click());
    expect(text(dialog.querySelector('.source [role="status"]'))).toMatch(/does not let us copy/);
  });

  it('says how many articles it rests on, how recent they are, and what the mark means', () => {
    expect(text(show().dialog.querySelector('footer'))).toBe(
      'From 3 articles, latest ~Mar 13, 2021~ marks a date inferred from the article, not printed in it',
    );
  });

  it('renders page-derived and dataset text as text, never as HTML', () => {
    const company = { ...XIAOMI, name: '<img src=x onerror=alert(1)>' };
    const { dialog } = show({ company });
    expect(dialog.querySelector('img')).toBeNull();
    expect(text(dialog.querySelector('h2'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('says so when a company has no facts', () => {
    const company = {
      ...XIAOMI,
      facts: [],
      status: { ...XIAOMI.status, level: 'none' as const, factIds: [] },
    };
    const { dialog } = show({ company });
    expect(dialog.querySelectorAll('section')).toHaveLength(0);
    expect(dialog.querySelector('.show-all')).toBeNull();
    expect(text(dialog.querySelector('.empty'))).toBe(
      'Our sources hold no dated facts about this company yet.',
    );
    // Its "as of" date is still shown, inferred, so the legend stays.
    expect(text(dialog.querySelector('footer'))).toBe(
      'No source articles~ marks a date inferred from the article, not printed in it',
    );
  });

  it('pins and closes through its buttons, and shows the pinned and docked states in words', () => {
    const { dialog, props } = show({ pinned: true, docked: true, parentName: 'Alphabet' });
    const [pin, close] = [...dialog.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(pin?.getAttribute('aria-pressed')).toBe('true');
    expect(pin?.getAttribute('aria-label')).toBe('Unpin this card');
    expect(text(dialog.querySelector('.pinned-tag'))).toBe('Pinned');
    expect(text(dialog.querySelector('.docked'))).toBe('Its mention is out of view');
    expect(dialog.getAttribute('data-pinned')).toBe('true');
    expect(text(dialog.querySelector('.meta'))).toBe('China · Company · part of Alphabet');
    act(() => pin?.click());
    act(() => close?.click());
    expect(props.onTogglePin).toHaveBeenCalledOnce();
    expect(props.onClose).toHaveBeenCalledOnce();
    const unpinned = show().dialog;
    expect(unpinned.querySelector('.pinned-tag')).toBeNull();
    expect(unpinned.querySelector('.docked')).toBeNull();
  });

  it('has no axe violations, in the summary and in all facts, collapsed or expanded', async () => {
    const { dialog } = show();
    const check = async () => {
      const result = await axe.run(dialog, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    };
    await check();
    for (const toggle of dialog.querySelectorAll<HTMLButtonElement>('.toggle')) act(() => toggle.click());
    await check();
    act(() => (dialog.querySelector('.show-all') as HTMLButtonElement).click());
    for (const toggle of dialog.querySelectorAll<HTMLButtonElement>('.toggle')) act(() => toggle.click());
    await check();
  });
});

describe('Card: a fact of My notes', () => {
  const note = {
    id: 'my-notes/note-1',
    category: 'event' as const,
    articleId: 'a-market',
    summary: 'Captured summary',
    date: { value: '2024-05-16', precision: 'day' as const, inferred: false },
    quote: 'Captured quote',
    pack: { id: 'my-notes', name: 'My notes' },
  };
  const company = { ...XIAOMI, facts: [note, ...XIAOMI.facts] };
  const noteActions = () => ({
    readSource: vi.fn(),
    copyCitation: vi.fn(async () => true),
    editNote: vi.fn(),
    deleteNote: vi.fn(async () => 'undo-1' as string | null),
    restoreNote: vi.fn(async (): Promise<RestoreNoteAnswer> => ({ restored: true })),
  });
  const openFact = (summary: string) => {
    const toggle = [...root.querySelectorAll<HTMLButtonElement>('.toggle')].find(
      (b) => b.querySelector('.summary')?.textContent === summary,
    );
    act(() => toggle?.click());
    return toggle ? document.getElementById(toggle.getAttribute('aria-controls') ?? '') : null;
  };
  const flush = () => act(async () => {});

  it('offers edit and delete on a note only, never on another fact', () => {
    show({ company, actions: noteActions() });
    expect(openFact('Captured summary')?.querySelector('.edit-note')).not.toBeNull();
    const others = [...root.querySelectorAll('.summary')]
      .map((s) => s.textContent ?? '')
      .filter((s) => s !== 'Captured summary');
    expect(others.length).toBeGreaterThan(0);
    for (const summary of others) {
      const source = openFact(summary);
      expect(source?.querySelector('.cite')).not.toBeNull();
      expect(source?.querySelector('.edit-note, .delete-note')).toBeNull();
    }
  });

  it('asks for the edit of that fact', () => {
    const actions = noteActions();
    show({ company, actions });
    act(() => openFact('Captured summary')?.querySelector<HTMLButtonElement>('.edit-note')?.click());
    expect(actions.editNote).toHaveBeenCalledWith(note);
  });

  it('deletes: the fact leaves at once, Undo takes the focus and puts it back', async () => {
    const actions = noteActions();
    show({ company, actions });
    act(() => openFact('Captured summary')?.querySelector<HTMLButtonElement>('.delete-note')?.click());
    await flush();
    expect(actions.deleteNote).toHaveBeenCalledWith(note);
    expect(text(root)).not.toContain('Captured summary');
    const status = root.querySelector('.note-status');
    expect(text(status)).toContain('Fact deleted from My notes.');
    const undo = root.querySelector<HTMLButtonElement>('.note-undo');
    expect(root.ownerDocument.activeElement).toBe(undo);
    act(() => undo?.click());
    await flush();
    expect(actions.restoreNote).toHaveBeenCalledWith('undo-1');
    expect(text(status)).toBe('Fact restored.');
    expect(text(root)).toContain('Captured summary');
  });

  it('says why an Undo could not restore the note, naming a name another pack holds now', async () => {
    const undoAnswers: [RestoreNoteAnswer, string][] = [
      [
        { restored: false, why: 'name-taken', alias: 'Xiaomi Corp', packName: 'Team desk' },
        'The fact could not be restored: “Xiaomi Corp” now names another company, in the pack “Team desk”.',
      ],
      [
        { restored: false, why: 'gone' },
        'The fact could not be restored: its undo has expired, or My notes has been removed.',
      ],
      [{ restored: false, why: 'refused' }, 'The fact could not be restored.'],
    ];
    for (const [answer, said] of undoAnswers) {
      const actions = noteActions();
      actions.restoreNote.mockResolvedValueOnce(answer);
      act(() => render(null, root));
      show({ company, actions });
      act(() => openFact('Captured summary')?.querySelector<HTMLButtonElement>('.delete-note')?.click());
      await flush();
      act(() => root.querySelector<HTMLButtonElement>('.note-undo')?.click());
      await flush();
      expect(text(root.querySelector('.note-status'))).toBe(said);
      expect(text(root)).not.toContain('Captured summary');
    }
  });

  it('says so when the delete failed, and keeps the fact', async () => {
    const actions = noteActions();
    actions.deleteNote.mockResolvedValueOnce(null);
    show({ company, actions });
    act(() => openFact('Captured summary')?.querySelector<HTMLButtonElement>('.delete-note')?.click());
    await flush();
    expect(text(root.querySelector('.note-status'))).toBe('The fact could not be deleted.');
    expect(text(root)).toContain('Captured summary');
  });

  it('asks first when the note is the only fact of its company, which the delete would remove', async () => {
    const actions = noteActions();
    const own = { ...XIAOMI, id: 'borealis', name: 'Borealis Quantum', facts: [note] };
    show({ company: own, actions });
    act(() => openFact('Captured summary')?.querySelector<HTMLButtonElement>('.delete-note')?.click());
    await flush();
    expect(actions.deleteNote).not.toHaveBeenCalled();
    expect(text(root.querySelector('.note-status'))).toContain('removes Borealis Quantum too');
    const cancel = root.querySelector<HTMLButtonElement>('.note-cancel');
    expect(document.activeElement).toBe(cancel);
    act(() => cancel?.click());
    expect(text(root.querySelector('.note-status'))).toBe('');
    expect(text(root)).toContain('Captured summary');

    act(() => openFact('Captured summary')?.querySelector<HTMLButtonElement>('.delete-note')?.click());
    await flush();
    act(() => root.querySelector<HTMLButtonElement>('.note-confirm-delete')?.click());
    await flush();
    expect(actions.deleteNote).toHaveBeenCalledWith(note);
    expect(text(root.querySelector('.note-status'))).toContain('Fact deleted from My notes.');
  });
});
