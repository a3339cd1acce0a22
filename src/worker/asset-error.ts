/** A dataset asset that is missing, unreadable or not what its manifest says. */
export class AssetError extends Error {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly fix: string,
  ) {
    super(message);
    this.name = 'AssetError';
  }
}

/** The fix for every broken or missing asset: rebuild them. */
export const REBUILD_FIX = 'Run `npm run data` in the project folder to (re)build the dataset assets, then reload the page.';
