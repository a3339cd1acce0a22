/** The bench itself could not run (build, server, browser, data): `npm run bench` exits 1. */
export class BenchSetupError extends Error {
  override name = 'BenchSetupError';
}
