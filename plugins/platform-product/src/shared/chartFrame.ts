/**
 * What the suite's charts share (recharts): the width of their card and a fixed height, a title
 * read out by screen readers, keyboard access to the points, and the same margins.
 */
export function chartFrame(title: string, height: number) {
  return {
    responsive: true,
    style: { width: '100%', height },
    title,
    accessibilityLayer: true,
    margin: { top: 8, right: 16, bottom: 0, left: 0 },
  };
}
