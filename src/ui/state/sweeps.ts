import { draftFromConfig, type SweepDraft } from '../../core/sweeps/draft';
import { GMNET_SWEEP } from '../../core/sweeps/presets';
import type { SweepRecord } from '../../core/sweeps/record';

/** Where the sweep form takes its base settings from: a sweep preset's id, or the training form. */
export type SweepSource = string | 'training-form';

/** What the "Sweeps" panel shows. */
export interface SweepsState {
  /** The "New sweep" form is open. */
  readonly formOpen: boolean;
  readonly source: SweepSource;
  readonly draft: SweepDraft;
  /** Every stored sweep, newest first. */
  readonly list: readonly SweepRecord[];
  /** The sweep whose progress and results are shown (the newest when unset). */
  readonly shownId?: string | undefined;
  /** Why sweeps could not be read or written in this browser's storage. */
  readonly storageError?: string | undefined;
}

export const INITIAL_SWEEPS: SweepsState = { formOpen: false, source: GMNET_SWEEP.id, draft: draftFromConfig(GMNET_SWEEP), list: [] };
