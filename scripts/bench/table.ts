/** A table of strings, printed with aligned columns in the terminal or as Markdown for the docs. */
export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** Columns (by index) aligned left; the rest, numbers, align right. */
  leftColumns: number;
}

export function textTable({ title, headers, rows, leftColumns }: Table): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, line(headers), rule, ...rows.map(line)].join('\n');
}

export function markdownTable({ headers, rows, leftColumns }: Table): string {
  const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');
  const align = headers.map((_, c) => (c < leftColumns ? ':--' : '--:'));
  return [headers, align, ...rows].map((r) => `| ${r.map(escapeCell).join(' | ')} |`).join('\n');
}
