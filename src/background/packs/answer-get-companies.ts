import type { BackgroundRequest, BackgroundResponses } from '../../shared/messages.ts';
import { companyRecords } from './watch-packs.ts';

/** A tab's `get-companies`: the merged records, read from IndexedDB (so a restarted worker answers at once). */
export async function answerGetCompanies(
  request: Extract<BackgroundRequest, { type: 'get-companies' }>,
): Promise<BackgroundResponses['get-companies']> {
  const records = await companyRecords();
  const [revision, found] = await Promise.all([records.revision(), records.get(request.ids)]);
  return { revision, ...found };
}
