import { describe, expect, it } from 'vitest';
import { xyGeometry } from '../../../src/ui/calibration/calibration-charts.ts';

const base = { width: 400, height: 200, formatX: String, formatY: String };

describe('xyGeometry', () => {
  it('draws a step line as horizontal then vertical moves, skipping missing values', () => {
    const g = xyGeometry({ ...base, xDomain: [0, 4], yDomain: [0, 4], layers: [{ kind: 'step', label: 's', colour: '#000', points: [[0, 1], [1, 2], [2, NaN], [3, 3]] }] });
    const d = g.shapes[0]!.d!;
    expect(d.match(/[ML]/g)).toEqual(['M', 'L', 'L', 'M']);
  });

  it('puts Q-Q points and the diagonal on one square domain', () => {
    const g = xyGeometry({ ...base, layers: [{ kind: 'diagonal', label: 'd', colour: '#000' }, { kind: 'dots', label: 'q', colour: '#f00', points: [[10, 12], [100, 90]] }] });
    expect(g.shapes[1]!.circles).toHaveLength(2);
    const [from, to] = g.shapes[0]!.d!.slice(1).split('L').map((p) => p.split(',').map(Number));
    expect(from![0]).toBeCloseTo(g.margin.left, 1);
    expect(to![0]).toBeGreaterThan(from![0]!);
    expect(to![1]).toBeLessThan(from![1]!);
  });

  it('keeps shares between 0 and 1 and draws bars up from 0', () => {
    const g = xyGeometry({ ...base, share: true, layers: [{ kind: 'bars', label: 'b', colour: '#00f', points: [[0, 0.5], [1, 0.25]], width: 1 }] });
    expect(g.yTicks.at(-1)!.value).toBeLessThanOrEqual(1);
    const [a, b] = g.shapes[0]!.rects!;
    expect(a!.y + a!.h).toBeCloseTo(b!.y + b!.h);
    expect(a!.h).toBeCloseTo(2 * b!.h);
  });

  it('draws nothing, without throwing, for empty layers', () => {
    const g = xyGeometry({ ...base, layers: [{ kind: 'band', label: 'b', colour: '#00f', points: [] }, { kind: 'line', label: 'l', colour: '#00f', points: [] }] });
    expect(g.shapes.map((s) => s.d)).toEqual(['', '']);
  });
});
