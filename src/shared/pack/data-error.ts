/**
 * One problem found in the source data. Every check returns a list of these instead of throwing, so
 * that `npm run data` can print all of them at once and a maintainer fixes them in one pass.
 */
export interface DataError {
  /** Repository-relative path of the file at fault, e.g. `data/companies/xiaomi.yaml`. */
  file: string;
  /** Where in the file, as a dot path (`facts.3.quote`); `(file)` when the whole file is at fault. */
  field: string;
  message: string;
}

export function formatDataError(error: DataError): string {
  return `${error.file}: ${error.field}: ${error.message}`;
}
