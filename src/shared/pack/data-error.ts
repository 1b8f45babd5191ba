/**
 * One problem found in the source data. Every check returns a list of these instead of throwing, so
 * that `npm run data` can print all of them at once and a maintainer fixes them in one pass.
 */
export interface DataError {
  /**
   * Repository-relative path of the file at fault, e.g. `data/companies/xiaomi.yaml`; in a pack file,
   * the pack and the record, e.g. `pack "acme-compliance" › company "zte"`.
   */
  file: string;
  /** Where in the file, as a dot path (`facts.3.quote`); `(file)` when the whole file is at fault. */
  field: string;
  message: string;
}

export function formatDataError(error: DataError): string {
  return `${error.file}: ${error.field}: ${error.message}`;
}

/**
 * A pack's error as one line: `pack "acme" › company "zte" › facts.3.quote: not found in ...`. The
 * import shows it as is; `file` holds the pack and the record, `field` the dot path inside it.
 */
export function formatPackError(error: DataError): string {
  return error.field === '(file)'
    ? `${error.file}: ${error.message}`
    : `${error.file} › ${error.field}: ${error.message}`;
}
