/**
 * Every property test runs from one fixed seed, so a failure replays exactly; fast-check
 * prints the seed and path with the counterexample. `FC_SEED=<n>` runs another seed,
 * `FC_SEED=random` a fresh one (printed at the start), to look for new counterexamples.
 */
import fc from 'fast-check';

const asked = process.env.FC_SEED;
const seed = asked === 'random' ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(asked ?? 12308);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED: expected a whole number or "random", got ${JSON.stringify(asked)}`);
if (asked !== undefined) console.log(`fast-check seed ${seed}`);
fc.configureGlobal({ seed });
