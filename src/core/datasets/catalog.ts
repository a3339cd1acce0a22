/**
 * What the project knows about each dataset: shapes, class names, and the official
 * source files with the checksums of their decompressed bytes. Checking the
 * decompressed bytes works the same whether a file came from a local folder
 * (`*.gz`) or from the official download (`.gz` for MNIST, one `.tar.gz` for CIFAR-10).
 */

/** Dataset identifiers used in URLs, file names and messages. */
export type DatasetId = 'mnist' | 'cifar10';

/** Every dataset, in the order the UI lists them. */
export const DATASET_IDS: readonly DatasetId[] = ['mnist', 'cifar10'];

/** The two splits every official distribution ships. */
export type SourceSplit = 'train' | 'test';

/** Image shape as [height, width, channels]. */
export type ImageShape = readonly [number, number, number];

/** A class name in the two languages the playground speaks. */
export interface ClassName {
  readonly en: string;
  readonly pt: string;
}

/** One official file, described by its decompressed content. */
export interface SourceFile {
  /** File name in the official distribution, without `.gz`. */
  readonly name: string;
  readonly split: SourceSplit;
  readonly role: 'images' | 'labels' | 'records';
  /** Decompressed size in bytes. */
  readonly bytes: number;
  /** SHA-256 of the decompressed bytes, lower-case hex (official value). */
  readonly sha256: string;
  /** Number of examples the file holds. */
  readonly count: number;
}

/** Everything fixed about one dataset. */
export interface DatasetInfo {
  readonly id: DatasetId;
  readonly label: string;
  readonly imageShape: ImageShape;
  readonly classNames: readonly ClassName[];
  readonly sources: readonly SourceFile[];
  /** Examples per split in the official distribution. */
  readonly splitCounts: Readonly<Record<SourceSplit, number>>;
}

const MNIST_CLASSES: readonly ClassName[] = [
  { en: 'zero', pt: 'zero' },
  { en: 'one', pt: 'um' },
  { en: 'two', pt: 'dois' },
  { en: 'three', pt: 'três' },
  { en: 'four', pt: 'quatro' },
  { en: 'five', pt: 'cinco' },
  { en: 'six', pt: 'seis' },
  { en: 'seven', pt: 'sete' },
  { en: 'eight', pt: 'oito' },
  { en: 'nine', pt: 'nove' },
];

const CIFAR10_CLASSES: readonly ClassName[] = [
  { en: 'airplane', pt: 'Avião' },
  { en: 'automobile', pt: 'Automóvel' },
  { en: 'bird', pt: 'Pássaro' },
  { en: 'cat', pt: 'Gato' },
  { en: 'deer', pt: 'Veado' },
  { en: 'dog', pt: 'Cachorro' },
  { en: 'frog', pt: 'Sapo' },
  { en: 'horse', pt: 'Cavalo' },
  { en: 'ship', pt: 'Navio' },
  { en: 'truck', pt: 'Caminhão' },
];

const CIFAR_RECORD_BYTES = 3073;

function cifarBatch(name: string, split: SourceSplit, sha256: string): SourceFile {
  return { name, split, role: 'records', bytes: 10_000 * CIFAR_RECORD_BYTES, sha256, count: 10_000 };
}

/** The official files and their checksums, as listed in the datasets' README. */
export const DATASETS: Readonly<Record<DatasetId, DatasetInfo>> = {
  mnist: {
    id: 'mnist',
    label: 'MNIST',
    imageShape: [28, 28, 1],
    classNames: MNIST_CLASSES,
    splitCounts: { train: 60_000, test: 10_000 },
    sources: [
      {
        name: 'train-images-idx3-ubyte', split: 'train', role: 'images', bytes: 47_040_016, count: 60_000,
        sha256: 'ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db',
      },
      {
        name: 'train-labels-idx1-ubyte', split: 'train', role: 'labels', bytes: 60_008, count: 60_000,
        sha256: '65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5',
      },
      {
        name: 't10k-images-idx3-ubyte', split: 'test', role: 'images', bytes: 7_840_016, count: 10_000,
        sha256: '0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7',
      },
      {
        name: 't10k-labels-idx1-ubyte', split: 'test', role: 'labels', bytes: 10_008, count: 10_000,
        sha256: 'ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2',
      },
    ],
  },
  cifar10: {
    id: 'cifar10',
    label: 'CIFAR-10',
    imageShape: [32, 32, 3],
    classNames: CIFAR10_CLASSES,
    splitCounts: { train: 50_000, test: 10_000 },
    sources: [
      cifarBatch('data_batch_1.bin', 'train', 'cee916563c9f80d84e3cc88e17fdc0941787f1244f00a67874d45b261883ada5'),
      cifarBatch('data_batch_2.bin', 'train', 'a591ca11fa1708a91ee40f54b3da4784ccd871ecf2137de63f51ada8b3fa57ed'),
      cifarBatch('data_batch_3.bin', 'train', 'bbe8596564c0f86427f876058170b84dac6670ddf06d79402899d93ceea26f67'),
      cifarBatch('data_batch_4.bin', 'train', '014e562d6e23c72197cc727519169a60359f5eccd8945ad5a09d710285ff4e48'),
      cifarBatch('data_batch_5.bin', 'train', '755304fc0b379caeae8c14f0dac912fbc7d6cd469eb67a1029a08a39453a9add'),
      cifarBatch('test_batch.bin', 'test', '8e2eb146ae340b09e24670f29cabc6326dba54da8789dab6768acf480273f65b'),
    ],
  },
};

/** Pixels in one image: height × width × channels. */
export function pixelsPerImage(shape: ImageShape): number {
  return shape[0] * shape[1] * shape[2];
}

/** Number of classes (10 for both datasets, kept derived rather than assumed). */
export function classCount(info: DatasetInfo): number {
  return info.classNames.length;
}
