import { type SerializedConfig, TestRunner } from "vitest";

/**
 * The server project's test runner: Vitest's own, with the tests (and describe blocks) of each file in a random
 * order, so a test that leans on data another test left behind fails at once instead of when someone reorders them.
 *
 * `sequence: { shuffle: { tests: true } }` would say this in the project's config, but Vitest 4.1 passes workers the
 * root config's `sequence` and drops a project's (vitest-dev/vitest#9645, fixed in #10659 after 4.1.12); at the root it
 * would also shuffle the browser journeys, whose steps follow one another. The seed is the run's `sequence.seed`
 * (vitest.config.ts picks one per run, `--sequence.seed=<n>` replays one), printed by global-setup.ts.
 */
export default class ShufflingRunner extends TestRunner {
  constructor(config: SerializedConfig) {
    super({ ...config, sequence: { ...config.sequence, shuffle: true } });
  }
}
