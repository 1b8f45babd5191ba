import { afterEach, describe, expect, it, vi } from 'vitest';
import ext from 'webextension-polyfill';
import { openShortcutSettings } from './browser.ts';
import { readMentionShortcuts } from './mention-shortcuts.ts';

// The unit tests' stand-in for the WebExtension API (test/unit-setup/fake-browser.ts) has no commands or tabs.
const api = ext as unknown as Record<string, unknown>;
afterEach(() => {
  delete api.commands;
  delete api.tabs;
});

describe('readMentionShortcuts', () => {
  it('reads the bound keys of our two commands, undefined where a command is unbound', async () => {
    api.commands = {
      getAll: async () => [
        { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
        { name: 'previous-mention', shortcut: '' },
        { name: 'next-mention', shortcut: 'Alt+Shift+N' },
      ],
    };
    expect(await readMentionShortcuts()).toEqual([
      { command: 'next-mention', keys: 'Alt+Shift+N' },
      { command: 'previous-mention', keys: undefined },
    ]);
  });
});

describe('openShortcutSettings', () => {
  it("uses the browser's own call where there is one (Firefox)", async () => {
    const open = vi.fn(async () => {});
    const create = vi.fn();
    api.commands = { openShortcutSettings: open };
    api.tabs = { create };
    await openShortcutSettings();
    expect(open).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  it("opens Chrome's shortcuts page in a tab otherwise", async () => {
    const create = vi.fn(async () => ({}));
    api.commands = {};
    api.tabs = { create };
    await openShortcutSettings();
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
