/** Has the browser save `text` as a file named `fileName`, e.g. a CSV export or a roadmap file. */
export function downloadText(
  text: string,
  fileName: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
