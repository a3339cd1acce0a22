/** "60,000": thousands separated the way the README and coursework print counts. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Bytes as a short human string: "9.9 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
