import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cifarG3 } from '../../src/core/model/presets';
import { buildModel } from '../../src/engine/model/build-model';
import { exportArtifacts } from '../../src/engine/model/export';
import { startNodeBackend } from '../cli/backend';
import { saveModelFiles } from '../cli/model-files';
import { makeTempDir, memoryLog, REPO_ROOT } from '../data/test-support';
import { runEvalCommand } from './command';

let dir: string;

/** Runs eval in process; the dataset must never be needed by these failures. */
async function evaluate(...argv: string[]) {
  const log = memoryLog();
  const loadDataset = () => Promise.reject(new Error('the dataset should not be loaded'));
  const code = await runEvalCommand(argv, { repoRoot: REPO_ROOT, cwd: dir, env: process.env, log, loadDataset });
  return { code, errors: log.errors, lines: log.lines };
}

beforeAll(async () => {
  dir = await makeTempDir('eval');
  await startNodeBackend('wasm');
  const model = buildModel(cifarG3(), 1);
  await saveModelFiles(join(dir, 'cifar'), await exportArtifacts(model, cifarG3()));
  model.dispose();
});

describe('npm run eval refuses with exit code 1 and one clear line', () => {
  it('a malformed model.json', async () => {
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'model.json'), '{"modelTopology": {"class_name": "Sequential"');
    const { code, errors } = await evaluate('--model', 'broken/model.json', '--dataset', 'mnist');
    expect(code).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${join(dir, 'broken', 'model.json')}: is not valid JSON \\(.+\\)\\.$`));
  });

  it('a topology TF.js cannot build', async () => {
    await mkdir(join(dir, 'alien'));
    const json = { modelTopology: { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Warp', config: {} }] } }, weightsManifest: [] };
    await writeFile(join(dir, 'alien', 'model.json'), JSON.stringify(json));
    const { code, errors } = await evaluate('--model', 'alien/model.json');
    expect(code).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/alien\/model\.json: cannot build the model: .*Warp/);
  });

  it('a missing weights file', async () => {
    await mkdir(join(dir, 'no-weights'));
    await writeFile(join(dir, 'no-weights', 'model.json'), await readFile(join(dir, 'cifar', 'model.json')));
    const { code, errors } = await evaluate('--model', 'no-weights/model.json');
    expect(code).toBe(1);
    expect(errors).toEqual([`${join(dir, 'no-weights', 'model.json')}: lists the weights file weights.bin, which is missing (looked for ${join(dir, 'no-weights', 'weights.bin')}).`]);
  });

  it('a model whose input does not fit the dataset, naming both shapes', async () => {
    const { code, errors } = await evaluate('--model', 'cifar/model.json', '--dataset', 'mnist');
    expect(code).toBe(1);
    expect(errors).toEqual([`${join(dir, 'cifar', 'model.json')} does not fit MNIST: The model takes 32×32×3 inputs but the dataset's images are 28×28×1.`]);
  });

  it('bad options, followed by the usage', async () => {
    const { code, errors } = await evaluate('--model', 'cifar/model.json', '--backend', 'webgl');
    expect(code).toBe(1);
    expect(errors[0]).toMatch(/^--backend "webgl" is not available here: WebGL needs a browser/);
    expect(errors[1]).toMatch(/^Usage: npm run eval/);
  });
});
