import type { DataError } from './data-error.ts';
import type { CompanySource } from './source-schema.ts';

/**
 * The rule for packs side by side (docs/dataset.md#knowledge-packs): an alias that another
 * stored pack (or the bundled one) already claims is fine when both name the same company id (the
 * companies merge), and refused when the ids differ, as two companies cannot own one name. Two
 * aliases clash as within one pack (`check-aliases.ts`): compared in lower case when either ignores
 * case, else exactly.
 */
export interface AliasClaim {
  packName: string;
  companyId: string;
  text: string;
  caseSensitive: boolean;
}

/** Claims by lower-case alias text. */
export type AliasClaims = Map<string, AliasClaim[]>;

type Aliased = Pick<CompanySource, 'id' | 'aliases'>;

/** Adds every alias of one pack's companies to `claims`. */
export function addAliasClaims(claims: AliasClaims, packName: string, companies: readonly Aliased[]): void {
  for (const company of companies) {
    for (const alias of company.aliases) {
      const key = alias.text.toLowerCase();
      const claim: AliasClaim = { packName, companyId: company.id, ...alias };
      const list = claims.get(key);
      if (list) list.push(claim);
      else claims.set(key, [claim]);
    }
  }
}

/** A name another pack gives to another company: what a reader is told when their write is refused. */
export interface TakenName {
  alias: string;
  packName: string;
}

export interface CrossPackResult {
  errors: DataError[];
  /** The same refusals as `errors`, as plain names and the pack that holds each. */
  taken: TakenName[];
  /** Ids of the incoming companies that share an alias with the same company in another pack. */
  mergedCompanyIds: string[];
}

/**
 * Checks an incoming pack's companies against the claims of the other packs (never including the
 * stored version of the same pack, which the import replaces). Errors name the pack, the company and
 * the alias field, as `validatePackText`'s do.
 */
export function checkCrossPackAliases(
  packId: string,
  companies: readonly Aliased[],
  claims: AliasClaims,
): CrossPackResult {
  const errors: DataError[] = [];
  const taken: TakenName[] = [];
  const merged = new Set<string>();
  for (const company of companies) {
    company.aliases.forEach((alias, index) => {
      const clashes = (claims.get(alias.text.toLowerCase()) ?? []).filter(
        (c) => !c.caseSensitive || !alias.caseSensitive || c.text === alias.text,
      );
      const other = clashes.find((c) => c.companyId !== company.id);
      if (other) {
        errors.push({
          file: `pack ${JSON.stringify(packId)} › company ${JSON.stringify(company.id)}`,
          field: `aliases.${index}.text`,
          message: `alias ${JSON.stringify(alias.text)} is claimed by company ${JSON.stringify(other.companyId)} in pack ${JSON.stringify(other.packName)}`,
        });
        taken.push({ alias: alias.text, packName: other.packName });
      } else if (clashes.length > 0) {
        merged.add(company.id);
      }
    });
  }
  return { errors, taken, mergedCompanyIds: [...merged] };
}
