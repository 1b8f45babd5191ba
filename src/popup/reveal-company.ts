/**
 * Asks the page to show a company's next mention. The frames holding it are tried in order (top frame
 * first); each frame's navigator moves to its next mention on every call.
 */
import { sendToFrame } from '../shared/messages.ts';
import type { CompanyMentions } from '../shared/tab-mentions.ts';

export async function revealCompany(tabId: number, mentions: CompanyMentions): Promise<boolean> {
  for (const frameId of mentions.frameIds) {
    const shown = await sendToFrame(tabId, frameId, {
      type: 'reveal-company',
      companyId: mentions.companyId,
    }).catch(() => false);
    if (shown) return true;
  }
  return false;
}
