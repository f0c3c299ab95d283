import { describe, expect, it } from 'vitest';
import { funnelGeometry, type FunnelChartInput } from '../../src/charts/funnel-chart.ts';

function input(rows: FunnelChartInput['rows']): FunnelChartInput {
  return {
    title: 'Funnel',
    types: [
      { id: 'e', label: 'Emergency', color: '#d55e00' },
      { id: 'g', label: 'General', color: '#0072b2' },
    ],
    rows,
    formatTotal: (total, hw, share) => `${total}${hw === undefined ? '' : ` ± ${hw}`} (${Math.round(share * 100)}%)`,
    formatCount: String,
    emptyMessage: 'No data',
  };
}

const rows: FunnelChartInput['rows'] = [
  { id: 'offered', label: 'Offered', kind: 'offered', counts: [20, 80] },
  { id: 'selfService', label: 'IVR', kind: 'resolved', counts: [0, 30] },
  { id: 'frontDesk', label: 'Front desk', kind: 'resolved', counts: [10, 40], halfWidth95: 3 },
  { id: 'blocked', label: 'Busy', kind: 'lost', counts: [5, 5] },
  { id: 'inProgress', label: 'Open', kind: 'open', counts: [5, NaN] },
];

describe('funnelGeometry', () => {
  it('tiles the offered bar: each step starts where the previous one ended', () => {
    const g = funnelGeometry(input(rows), { width: 640, height: 200 });
    expect(g.x.domain()).toEqual([0, 100]);
    const [offered, ivr, front, busy, open] = g.rows;
    expect(offered!.start).toBe(g.x(0));
    expect(offered!.end).toBe(g.x(100));
    expect(ivr!.start).toBe(g.x(0));
    expect(front!.start).toBe(g.x(30));
    expect(busy!.start).toBe(g.x(80));
    expect(open!.start).toBe(g.x(90));
    expect(open!.end).toBe(g.x(95));
  });

  it('splits each bar by call type, leaving out types with no calls', () => {
    const g = funnelGeometry(input(rows), { width: 640, height: 200 });
    const front = g.rows[2]!;
    expect(front.segments.map((s) => s.color)).toEqual(['#d55e00', '#0072b2']);
    expect(front.segments[0]!.x).toBe(g.x(30));
    expect(front.segments[0]!.width).toBeCloseTo(g.x(40) - g.x(30), 9);
    expect(front.segments[0]!.title).toBe('Front desk · Emergency: 10');
    expect(g.rows[1]!.segments).toHaveLength(1);
    expect(front.valueLabel).toBe('50 ± 3 (50%)');
  });

  it('puts rows below one another, inside the height', () => {
    const g = funnelGeometry(input(rows), { width: 640, height: 200 });
    const ys = g.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(g.rows.at(-1)!.y + g.rows.at(-1)!.height).toBeLessThanOrEqual(200);
  });

  it('says so when no call was offered', () => {
    const g = funnelGeometry(input([{ id: 'offered', label: 'Offered', kind: 'offered', counts: [0, NaN] }]), { width: 640, height: 100 });
    expect(g.empty).toBe('No data');
  });
});
