import { describe, expect, it } from 'vitest';
import { layoutLegend } from '../../src/charts/legend.ts';

describe('layoutLegend', () => {
  it('wraps items onto a new row when the next would not fit', () => {
    const item = { label: 'a long legend label', color: '#000', dashed: false, kind: 'line' as const };
    const { items, height } = layoutLegend([item, item, item], 0, 0, 340);
    expect(items.map((i) => i.y)).toEqual([0, 0, 16]);
    expect(height).toBe(32);
  });
});
