import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/calibration/optimize.ts';

describe('nelderMead', () => {
  it('finds the minimum of Rosenbrock\'s valley', () => {
    const m = nelderMead(([x, y]) => (1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2, [-1.2, 1], { tolerance: 1e-14 });
    expect(m.x[0]).toBeCloseTo(1, 3);
    expect(m.x[1]).toBeCloseTo(1, 3);
  });

  it('treats a non-finite value as +∞ (a parameter outside the likelihood\'s domain)', () => {
    const m = nelderMead(([x]) => (x! < 0 ? NaN : (x! - 2) ** 2), [5]);
    expect(m.x[0]).toBeCloseTo(2, 4);
  });
});
