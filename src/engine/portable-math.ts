/**
 * Logarithm, exponential, power and cosine computed in plain JavaScript arithmetic
 * (stdlib's ports of FreeBSD's msun), so that a seed gives the same numbers to the last bit
 * in Node, in any browser and on any machine. `Math.log` and friends are not specified to
 * the bit: Chromium 156 and Node 20 round some results differently.
 */
import cos from '@stdlib/math-base-special-cos';
import exp from '@stdlib/math-base-special-exp';
import ln from '@stdlib/math-base-special-ln';
import log1p from '@stdlib/math-base-special-log1p';
import pow from '@stdlib/math-base-special-pow';

export { cos, exp, ln, log1p, pow };
