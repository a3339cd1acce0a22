/**
 * A name as a safe file-name stem: runs of anything but letters, digits, "_", "." and
 * "-" become one "-", with none at the ends; `fallback` when nothing is left.
 */
export function fileSlug(name: string, fallback: string): string {
  return name.trim().replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}
