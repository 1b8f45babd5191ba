import type { DataError } from './data-error.ts';
import type { ValidCompany } from './valid-sources.ts';

/**
 * The alias rules (documented in docs/dataset.md):
 * - no two aliases can match the same text (compared in lower case when either ignores case);
 * - CJK aliases (Han, kana, Hangul) match without word boundaries, so they need at least
 *   `MIN_CJK_LENGTH` characters: one character is a morpheme of countless words;
 * - other aliases match whole words only; one that ignores case must have at least
 *   `MIN_ANY_CASE_LETTERS` letters and must not consist entirely of common English words ("apple",
 *   "china mobile"), and one that keeps its case must not be a lower-case common word either.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTERS = /\p{L}+/gu;
const MIN_CJK_LENGTH = 2;
const MIN_ANY_CASE_LETTERS = 3;

interface Claim {
  file: string;
  field: string;
  companyId: string;
  text: string;
  caseSensitive: boolean;
}

export function checkAliases(
  companies: readonly ValidCompany[],
  commonWords: ReadonlySet<string>,
): DataError[] {
  const errors: DataError[] = [];
  const claimsByKey = new Map<string, Claim[]>();
  for (const { file, source } of companies) {
    source.aliases.forEach((alias, index) => {
      const claim: Claim = { file, field: `aliases.${index}.text`, companyId: source.id, ...alias };
      const problem = commonWordProblem(claim, commonWords);
      if (problem) errors.push({ file, field: claim.field, message: problem });

      const key = alias.text.toLowerCase();
      const earlier = claimsByKey.get(key) ?? [];
      const clash = earlier.find(
        (c) => c.caseSensitive === false || alias.caseSensitive === false || c.text === alias.text,
      );
      if (clash) {
        const owner =
          clash.companyId === source.id
            ? 'this company already lists it'
            : `also claimed by "${clash.companyId}" (${clash.file}, ${clash.field})`;
        errors.push({ file, field: claim.field, message: `"${alias.text}" is claimed twice: ${owner}` });
      }
      claimsByKey.set(key, [...earlier, claim]);
    });
  }
  return errors;
}

function commonWordProblem(claim: Claim, commonWords: ReadonlySet<string>): string | null {
  const { text, caseSensitive } = claim;
  const cjkLength = text.match(CJK)?.length ?? 0;
  if (cjkLength > 0) {
    return cjkLength < MIN_CJK_LENGTH
      ? `"${text}" has ${cjkLength} CJK character; CJK aliases match without word boundaries, so use at least ${MIN_CJK_LENGTH}`
      : null;
  }
  const words = (text.match(LETTERS) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0) return `"${text}" has no letters, so it would match inside ordinary text`;
  const allCommon = words.every((w) => commonWords.has(w));
  if (!caseSensitive) {
    if (words.join('').length < MIN_ANY_CASE_LETTERS) {
      return `"${text}" is too short to match in any case; set caseSensitive: true`;
    }
    if (allCommon) {
      return `"${text}" is made of common English words (${words.join(', ')}), so it would match ordinary text; set caseSensitive: true`;
    }
    return null;
  }
  if (allCommon && text === text.toLowerCase()) {
    return `"${text}" is a common English word even as written; write it as the company writes its name`;
  }
  return null;
}
