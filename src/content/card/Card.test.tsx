// @vitest-environment jsdom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../shared/i18n.ts';
import { Card, type CardProps } from './Card.tsx';
import { articleById, XIAOMI } from './card-test-data.ts';

let root: HTMLElement;

function show(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    company: XIAOMI,
    articleById,
    parentName: null,
    pinned: false,
    theme: 'system',
    locale: 'en-US',
    t,
    onTogglePin: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  act(() => render(<Card {...props} />, root));
  return { props, dialog: root.querySelector<HTMLElement>('[role="dialog"]') as HTMLElement };
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
/** What a screen reader hears: the text without the parts hidden from assistive technology. */
const spoken = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
};

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

  it('shows the status with its badge and date', () => {
    const { dialog } = show();
    expect(text(dialog.querySelector('.status'))).toBe(
      'Contested US investment blacklist: inclusion blocked by court, Mar 2021',
    );
    expect(dialog.querySelector('.badge')?.getAttribute('data-level')).toBe('contested');
  });

  it('lists restriction history, then market notes, each newest first', () => {
    const { dialog } = show();
    const sections = [...dialog.querySelectorAll('section')];
    expect(sections.map((s) => text(s.querySelector('h3')))).toEqual([
      'Restrictions and bans',
      'Market notes',
    ]);
    expect([...(sections[0]?.querySelectorAll('.toggle') ?? [])].map(spoken)).toEqual([
      'Mar 2021 A US judge blocked the inclusion',
      'Jan 15, 2021 Added to the Pentagon investment blacklist',
    ]);
    expect([...(sections[1]?.querySelectorAll('.date') ?? [])].map(text)).toEqual(['Feb 2021', '2020']);
  });

  it('reveals a fact’s quote and source on demand, marking an inferred date', () => {
    const { dialog } = show();
    const toggle = dialog.querySelector<HTMLButtonElement>('.toggle') as HTMLButtonElement;
    const source = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(source.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(source.hidden).toBe(false);
    expect(text(source.querySelector('blockquote'))).toBe(
      '“an American judge has agreed with him to suspend Xiaomi blockade”',
    );
    expect(text(source.querySelector('.cite'))).toBe(
      'A judge suspends Xiaomi blockade regarding national security — Gizchina, Mar 13, 2021 (date inferred)',
    );
  });

  it('names a cited source and leaves out a missing publisher', () => {
    const { dialog } = show();
    const second = dialog.querySelectorAll('.source')[1];
    expect(text(second?.querySelector('.cite') ?? null)).toBe(
      'Pentagon adds Xiaomi to blacklist — citing Reuters, Jan 2021',
    );
  });

  it('says how many articles it rests on and how recent they are', () => {
    expect(text(show().dialog.querySelector('footer'))).toBe('From 3 articles, latest Mar 13, 2021');
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
    expect(text(dialog.querySelector('.empty'))).toBe(
      'Our sources hold no dated facts about this company yet.',
    );
    expect(text(dialog.querySelector('footer'))).toBe('No source articles');
  });

  it('pins and closes through its buttons, showing the pinned state', () => {
    const { dialog, props } = show({ pinned: true, parentName: 'Alphabet' });
    const [pin, close] = [...dialog.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(pin?.getAttribute('aria-pressed')).toBe('true');
    expect(text(dialog.querySelector('.meta'))).toBe('China · Company · part of Alphabet');
    act(() => pin?.click());
    act(() => close?.click());
    expect(props.onTogglePin).toHaveBeenCalledOnce();
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('has no axe violations, collapsed or expanded', async () => {
    const { dialog } = show();
    const check = async () => {
      const result = await axe.run(dialog, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    };
    await check();
    for (const toggle of dialog.querySelectorAll<HTMLButtonElement>('.toggle')) act(() => toggle.click());
    await check();
  });
});
