/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - \@, a tab or a
 * carriage return) is prefixed with `'`; a cell with a comma, quote or line break is quoted, its
 * quotes doubled (RFC 4180). A finite number is written as it is (a negative number is not a
 * formula); `null` is an empty cell.
 *
 * @public
 */
export function csvCell(value: string | number | null): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows of cells as CSV text: {@link csvCell} for each cell, CRLF line ends, a final line end.
 *
 * @public
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  return `${rows
    .map(row => row.map(cell => csvCell(cell)).join(','))
    .join('\r\n')}\r\n`;
}
