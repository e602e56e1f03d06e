/**
 * npm run bench: boots the platform on an embedded PostgreSQL, loads the
 * synthetic dataset and measures
 *   - the yearly statistics release of the joint project (bench-releases.ts),
 *   - the pooled-metrics query of the joint project (bench-pooled.ts), and
 *   - the cost of the authorization rules on a 1000-row list (bench-authorization.ts),
 * then prints a summary table (see docs/outcomes.md and
 * docs/authorization-performance.md).
 *
 * Environment (defaults in brackets):
 *   BENCH_EXITS [200000], BENCH_ORGS [50]   size of the synthetic dataset
 *   BENCH_RUNS [200]                        timed runs of the pooled-metrics query per path
 *   BENCH_RELEASE_RUNS [10]                 statistics releases published and timed (bench-releases.ts)
 *   BENCH_AUTH_ROUNDS [5], BENCH_AUTH_REQUESTS [100], BENCH_AUTH_CONCURRENCY [10]
 *                                           the authorization comparison (rounds 0 skips it)
 *   BENCH_DATA_DIR                          keep the database there and reuse its data on the next run
 *                                           (a fresh temporary folder, removed afterwards, when unset)
 *
 * Runs with NODE_ENV=production unless told otherwise, as the containers do:
 * graphql-js reads it once when loaded (development mode adds checks to every
 * type test), hence the late import.
 */
process.env.NODE_ENV ??= 'production';
// Production refuses to start without a linkage secret: the benchmark, as its operator, brings a throwaway one.
process.env.POLKU_LINKAGE_SECRET ??= (await import('node:crypto')).randomBytes(48).toString('base64url');
await import('./bench-main.js');
