/**
 * Python source pieces for generated scripts: literals, identifiers, and the
 * playground's seeded split written in Python, so a script trains and validates on
 * the very images the browser run used.
 */

/** A Python string literal (a JSON string literal is one: same escapes, double quotes). */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/** A Python number literal; throws for values Python cannot write (NaN, infinities). */
export function pyNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A script needs finite numbers; got ${value}.`);
  return String(value);
}

/** A Python boolean literal. */
export function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}

/** Text as one comment line: line breaks become spaces. */
export function pyComment(text: string): string {
  return `# ${text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')}`.trimEnd();
}

/** A name safe for Keras models and files: letters, digits and underscores ("CIFAR-10 CNN" → "CIFAR_10_CNN"). */
export function safeName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[A-Za-z]/.test(name) ? name : `model_${name}`;
}

/**
 * mulberry32 and the Fisher–Yates split of src/core/util/random.ts and
 * src/core/datasets/splits.ts, in Python. 32-bit wrap-around is explicit (& MASK);
 * JavaScript's Math.round (half up) is floor(x + 0.5), not Python's round.
 */
export const PYTHON_SPLIT_SOURCE = `MASK = 0xFFFFFFFF


def mulberry32(seed):
    """The playground's seeded generator: uniform floats in [0, 1)."""
    state = seed & MASK

    def next_float():
        nonlocal state
        state = (state + 0x6D2B79F5) & MASK
        t = ((state ^ (state >> 15)) * (state | 1)) & MASK
        t ^= (t + ((t ^ (t >> 7)) * (t | 61))) & MASK
        return ((t ^ (t >> 14)) & MASK) / 4294967296

    return next_float


def playground_split(count, validation_fraction, train_limit, seed):
    """Train and validation indices exactly as the playground draws them."""
    order = list(range(count))
    next_float = mulberry32(seed)
    for i in range(count - 1, 0, -1):
        j = int(next_float() * (i + 1))
        order[i], order[j] = order[j], order[i]
    validation_count = int(math.floor(count * validation_fraction + 0.5))
    train_end = count if train_limit is None else validation_count + train_limit
    return order[validation_count:train_end], order[:validation_count]
`;
