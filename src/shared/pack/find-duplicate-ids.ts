import type { DataError } from './data-error.ts';

/**
 * Records sharing an id. Under `data/` a file's name is its id, so this cannot happen there; in a
 * pack file it can, and the later record would silently shadow the earlier one.
 */
export function findDuplicateIds<T>(
  kind: 'article' | 'company',
  records: readonly T[],
  idOf: (record: T) => string,
  whereOf: (record: T) => string,
): DataError[] {
  const seen = new Set<string>();
  const errors: DataError[] = [];
  for (const record of records) {
    const id = idOf(record);
    if (!seen.has(id)) seen.add(id);
    else
      errors.push({
        file: whereOf(record),
        field: 'id',
        message: `"${id}" is the id of another ${kind} too`,
      });
  }
  return errors;
}
