/**
 * The keys bound to the next/previous mention commands, as the browser has them now: the user may
 * have changed them, and a browser leaves a suggested key unbound when it is taken.
 */
import { ext } from './browser.ts';

export interface MentionShortcut {
  command: 'next-mention' | 'previous-mention';
  /** As the browser spells it (e.g. "Alt+Shift+N"); undefined when unbound. */
  keys: string | undefined;
}

const COMMANDS = ['next-mention', 'previous-mention'] as const;

export async function readMentionShortcuts(): Promise<MentionShortcut[]> {
  const commands = await ext.commands.getAll();
  return COMMANDS.map((command) => ({
    command,
    keys: commands.find((c) => c.name === command)?.shortcut || undefined,
  }));
}
