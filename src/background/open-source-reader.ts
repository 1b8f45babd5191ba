import { ext, type Runtime } from '../shared/browser.ts';
import type { BackgroundNotice } from '../shared/messages.ts';
import { SOURCE_READER_PATH, sourceReaderQuery } from '../shared/source-reader-url.ts';

/**
 * Opens the source reader (an extension page) in a new tab next to the page the reader was on. A
 * content script cannot navigate to an extension page that is not web-accessible, and making it so
 * would let any page detect us; `tabs.create` needs no permission.
 */
export async function openSourceReader(
  notice: Extract<BackgroundNotice, { type: 'open-source' }>,
  sender: Runtime.MessageSender,
): Promise<void> {
  const tab = sender.tab;
  await ext.tabs.create({
    url: ext.runtime.getURL(`${SOURCE_READER_PATH}${sourceReaderQuery(notice)}`),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.id === undefined ? {} : { openerTabId: tab.id }),
  });
}
