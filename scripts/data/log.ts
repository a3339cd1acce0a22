/**
 * Where the command reports to. `progress` lines overwrite each other (a live
 * percentage); `info` lines stay. Tests pass a recording log instead of the console.
 */
export interface Log {
  info(line: string): void;
  error(line: string): void;
  /** Replaces the current progress line; ignored when the output is not a terminal. */
  progress(line: string): void;
  /** Ends the progress line, if one is showing. */
  endProgress(): void;
}

/** Console log: progress redrawn in place with `\r` on a terminal, dropped otherwise. */
export function consoleLog(stream: NodeJS.WriteStream = process.stdout): Log {
  let showing = false;
  const endProgress = (): void => {
    if (showing) stream.write('\n');
    showing = false;
  };
  return {
    info: (line) => {
      endProgress();
      stream.write(`${line}\n`);
    },
    error: (line) => {
      endProgress();
      process.stderr.write(`${line}\n`);
    },
    progress: (line) => {
      if (!stream.isTTY) return;
      stream.write(`\r${line}\x1b[K`);
      showing = true;
    },
    endProgress,
  };
}

