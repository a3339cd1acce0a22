import { useAppStore, type RunPhase } from './store';

const ACTIVE: readonly RunPhase[] = ['measuring', 'starting', 'running', 'paused'];

/** True while a run trains (or waits to) or a sweep is running: a new sweep must wait. */
export function useSweepBusy(): boolean {
  const runActive = useAppStore((state) => state.run !== undefined && ACTIVE.includes(state.run.phase));
  const sweepRunning = useAppStore((state) => state.sweeps.list.some((record) => record.status === 'running'));
  return runActive || sweepRunning;
}
