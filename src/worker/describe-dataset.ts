import { DATASETS, pixelsPerImage } from '../core/datasets/catalog';
import type { DecodedSplit } from '../core/datasets/decoded';
import { classCounts, findProtocol, makeTrainSplit } from '../core/datasets/splits';
import type { DatasetDescribedEvent, DescribeDatasetCommand, SampleImage, SplitName } from '../core/protocol';
import { createRandom } from '../core/util/random';
import type { LoadedDataset } from './load-dataset';

function allIndices(count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, i) => i);
}

function pickSamples(split: SplitName, source: DecodedSplit, indices: Uint32Array, count: number, seed: number): SampleImage[] {
  const random = createRandom(seed ^ 0x5eed);
  const size = pixelsPerImage(source.imageShape);
  const picks = Math.min(count, indices.length);
  const chosen = new Set<number>();
  while (chosen.size < picks) chosen.add(indices[random.nextInt(indices.length)] ?? 0);
  return [...chosen].map((sourceIndex) => ({
    split,
    sourceIndex,
    label: source.labels[sourceIndex] ?? 0,
    pixels: source.pixels.slice(sourceIndex * size, (sourceIndex + 1) * size),
  }));
}

/**
 * Splits the loaded dataset by the requested protocol and seed, and picks seeded
 * sample images from the requested split (train when that split is empty).
 */
export function describeDataset(loaded: LoadedDataset, command: DescribeDatasetCommand): DatasetDescribedEvent {
  const protocol = findProtocol(loaded.dataset, command.protocolId);
  const split = makeTrainSplit(loaded.train.count, protocol.spec, command.seed);
  const testIndices = allIndices(loaded.test.count);
  const classTotal = DATASETS[loaded.dataset].classNames.length;
  const bySplit: Record<SplitName, { source: DecodedSplit; indices: Uint32Array }> = {
    train: { source: loaded.train, indices: split.train },
    validation: { source: loaded.train, indices: split.validation },
    test: { source: loaded.test, indices: testIndices },
  };
  const sampleSplit: SplitName = bySplit[command.sampleSplit].indices.length > 0 ? command.sampleSplit : 'train';
  const { source, indices } = bySplit[sampleSplit];
  return {
    type: 'datasetDescribed',
    requestId: command.requestId,
    dataset: loaded.dataset,
    protocolId: protocol.id,
    seed: command.seed,
    samples: pickSamples(sampleSplit, source, indices, command.sampleCount, command.sampleSeed),
    classCounts: {
      train: classCounts(loaded.train.labels, classTotal, split.train),
      validation: classCounts(loaded.train.labels, classTotal, split.validation),
      test: classCounts(loaded.test.labels, classTotal, testIndices),
    },
  };
}
