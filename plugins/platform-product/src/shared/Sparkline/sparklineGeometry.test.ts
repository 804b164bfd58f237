import { sparklineGeometry } from './sparklineGeometry';

const rows = [
  { day: '2026-01-01', value: 0 },
  { day: '2026-01-02', value: 1 },
  { day: '2026-01-03', value: null },
  { day: '2026-01-04', value: 0.5 },
  { day: '2026-01-05', value: 1 },
];

describe('sparklineGeometry', () => {
  it('spaces days evenly and scales values into the box, high values at the top', () => {
    const geometry = sparklineGeometry({
      rows: rows.slice(0, 2),
      keys: ['value'],
      width: 104,
      height: 24,
      domain: [0, 1],
    });
    // 2 px of padding on each side: x from 2 to 102, y from 22 (value 0) to 2 (value 1).
    expect(geometry.lines).toEqual([
      { key: 'value', path: 'M2 22 L102 2', dots: [] },
    ]);
    expect(geometry.days.map(day => day.x)).toEqual([2, 102]);
  });

  it('breaks the line at a day without a value and draws a lone point as a dot', () => {
    const geometry = sparklineGeometry({
      rows: [
        ...rows,
        { day: '2026-01-06', value: null },
        { day: '2026-01-07', value: 0 },
      ],
      keys: ['value'],
      width: 64,
      height: 24,
      domain: [0, 1],
    });
    const [line] = geometry.lines;
    expect(line.path).toBe('M2 22 L12 2 M32 12 L42 2');
    expect(line.dots).toEqual([{ x: 62, y: 22 }]);
  });

  it('widens an automatic domain to take in the reference', () => {
    const geometry = sparklineGeometry({
      rows: [
        { day: 'a', value: 10 },
        { day: 'b', value: 20 },
      ],
      keys: ['value'],
      width: 24,
      height: 24,
      domain: 'auto',
      reference: 30,
    });
    // Domain 10..30: the reference at the top, 20 in the middle, 10 at the bottom.
    expect(geometry.referenceY).toBe(2);
    expect(geometry.lines[0].path).toBe('M2 22 L22 12');
  });

  it('puts a flat series and a single day in the middle', () => {
    const geometry = sparklineGeometry({
      rows: [{ day: 'a', value: 5 }],
      keys: ['value'],
      width: 40,
      height: 20,
      domain: 'auto',
    });
    expect(geometry.lines[0]).toEqual({
      key: 'value',
      path: '',
      dots: [{ x: 20, y: 10 }],
    });
    expect(geometry.days).toEqual([
      { row: { day: 'a', value: 5 }, x: 20, left: 0, width: 40 },
    ]);
  });

  it('draws nothing and no reference for a history without values', () => {
    const geometry = sparklineGeometry({
      rows: [{ day: 'a', value: null }],
      keys: ['value'],
      width: 40,
      height: 20,
      domain: 'auto',
      reference: 1,
    });
    expect(geometry.lines[0]).toEqual({ key: 'value', path: '', dots: [] });
    expect(geometry.referenceY).toBeUndefined();
  });

  it('keeps each line of several keys apart', () => {
    const geometry = sparklineGeometry({
      rows: [
        { day: 'a', live: null, imported: 0 },
        { day: 'b', live: 1, imported: 1 },
        { day: 'c', live: 1 },
      ],
      keys: ['live', 'imported'],
      width: 44,
      height: 24,
      domain: [0, 1],
    });
    expect(geometry.lines).toEqual([
      { key: 'live', path: 'M22 2 L42 2', dots: [] },
      { key: 'imported', path: 'M2 22 L22 2', dots: [] },
    ]);
  });
});
