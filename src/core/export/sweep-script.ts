/** The Keras script of one sweep run: kerasTrainingScript on the run's applied settings. */
import { applyAssignment } from '../sweeps/apply';
import type { SweepConfig } from '../sweeps/config';
import { describeAssignment, type SweepAssignment } from '../sweeps/space';
import { kerasTrainingScript } from './keras-script';

/** Run `runIndex` (0-based) of the sweep with its parameters, as a Python Keras script. */
export function sweepRunKerasScript(config: SweepConfig, assignment: SweepAssignment, runIndex: number): string {
  const origin = `Run ${runIndex + 1} of the sweep "${config.label}": ${describeAssignment(assignment)}.`;
  return kerasTrainingScript(applyAssignment(config.base, assignment), { origin });
}
