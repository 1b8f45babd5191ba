// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { companyById } from '../../shared/dataset.ts';
import { rankCompanies } from '../rank-companies.ts';
import { CompanyList } from './CompanyList.tsx';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  // jsdom lays nothing out; the fold scrolls what it opened into view.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const found = (counts: Record<string, number>) =>
  Object.entries(counts).map(([companyId, count]) => ({ companyId, count, frameIds: [0] }));

function show(counts: Record<string, number>) {
  const onReveal = vi.fn();
  act(() =>
    render(<CompanyList ranked={rankCompanies(found(counts), companyById)} onReveal={onReveal} />, root),
  );
  return onReveal;
}

/** The rows a user can reach: not inside a hidden list. */
const shownRows = () =>
  [...root.querySelectorAll<HTMLElement>('.company-row')]
    .filter((row) => !row.closest('[hidden]'))
    .map((row) => row.dataset.companyId);

describe('CompanyList', () => {
  it('folds the not-flagged companies behind a disclosure button that says how many', () => {
    show({ qualcomm: 5, apple: 1, zte: 1, xiaomi: 2 });
    const toggle = root.querySelector('#not-flagged-toggle') as HTMLButtonElement;
    expect(toggle.textContent).toBe('2 companies not flagged in our sources');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${toggle.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(true);
    expect(shownRows()).toEqual(['zte', 'xiaomi']);

    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(shownRows()).toEqual(['zte', 'xiaomi', 'qualcomm', 'apple']);
    act(() => toggle.click());
    expect(shownRows()).toEqual(['zte', 'xiaomi']);
  });

  it('shows not-flagged companies unfolded, in a neutral line, when nothing is flagged', () => {
    show({ qualcomm: 1 });
    expect(root.querySelector('#not-flagged-toggle')).toBeNull();
    expect(shownRows()).toEqual(['qualcomm']);
    expect(root.querySelector('.company-label')?.textContent).toBe('Not flagged in our sources');
    expect(root.querySelector('.status-badge')).toBeNull();
  });

  it('reveals the company of the row activated', () => {
    const onReveal = show({ huawei: 3 });
    act(() => root.querySelector<HTMLButtonElement>('[data-company-id="huawei"]')?.click());
    expect(onReveal).toHaveBeenCalledWith({ companyId: 'huawei', count: 3, frameIds: [0] });
  });
});
