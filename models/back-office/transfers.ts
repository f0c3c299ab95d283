/**
 * Live transfers: "a harder case is transferred live to back-office staff". The caller
 * waits a second time, for a secretary or an officer, and may hang up again.
 */
import { QuantileSketch } from '../../src/engine/stats.ts';

/** One replication's live transfers of counted calls. */
export interface TransferFigures {
  transferred: number;
  answered: number;
  abandoned: number;
  /** Abandoned ÷ transferred. */
  abandonRate: number;
  /** Wait for the back office, of transfers answered. */
  meanWaitSeconds: number;
  waitP90Seconds: number;
}

export class TransferTally {
  private transferred = 0;
  private answered = 0;
  private abandoned = 0;
  private waitSum = 0;
  private readonly waits = new QuantileSketch();

  transfer(): void {
    this.transferred++;
  }

  answer(waitSeconds: number): void {
    this.answered++;
    this.waitSum += waitSeconds;
    this.waits.accept(waitSeconds);
  }

  abandon(): void {
    this.abandoned++;
  }

  figures(): TransferFigures {
    return {
      transferred: this.transferred,
      answered: this.answered,
      abandoned: this.abandoned,
      abandonRate: this.abandoned / this.transferred,
      meanWaitSeconds: this.waitSum / this.answered,
      waitP90Seconds: this.waits.quantile(0.9),
    };
  }
}
