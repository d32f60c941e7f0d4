/**
 * The order Jest starts test files in: the PGlite files of the `embedded` project first (each
 * starts a WebAssembly PostgreSQL, and the first builds the run's PGlite seed), then the browser
 * files, then the integration files, and the unit files last, whose second or two each fill the
 * end of the run while the other worker finishes its last file. Within a tier, Jest's own order:
 * the slowest first when it has timed them before, else the largest file.
 */
const Sequencer = require('@jest/test-sequencer').default;

const TIERS = ['embedded', 'browser', 'integration', 'unit'];

function tierOf(test) {
  const rank = TIERS.indexOf(test.context.config.displayName?.name);
  return rank === -1 ? TIERS.length : rank;
}

class SlowTiersFirst extends Sequencer {
  sort(tests) {
    // Array.prototype.sort is stable, so Jest's order holds within each tier.
    return [...super.sort(tests)].sort((a, b) => tierOf(a) - tierOf(b));
  }
}

module.exports = SlowTiersFirst;
