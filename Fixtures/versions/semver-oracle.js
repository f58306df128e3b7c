// Oracle for the differential tests and the benchmark: answers with npm's own semver package.
// Reads {"versions": [...], "ranges": [...], "mode": "check" | "bench"} on stdin (versions and
// ranges without the leading 'v'). "check" prints, per range, a string of 0/1 (satisfies, one
// character per version) and maxSatisfying; "bench" times maxSatisfying over all ranges.
// Prints {"missing": true} when npm's semver cannot be found, so callers can skip.
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

function loadSemver() {
  const candidates = [
    path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/node_modules/semver'),
    '/usr/lib/node_modules/npm/node_modules/semver',
    '/usr/local/lib/node_modules/npm/node_modules/semver',
  ];
  for (const candidate of candidates) {
    try { return { semver: require(candidate), location: candidate }; } catch (e) { /* next */ }
  }
  // Slower, so last: ask npm where its global root is.
  try {
    const root = execFileSync('npm', ['root', '-g'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const candidate = path.join(root, 'npm/node_modules/semver');
    return { semver: require(candidate), location: candidate };
  } catch (e) {
    return null;
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const loaded = loadSemver();
  if (!loaded) { process.stdout.write(JSON.stringify({ missing: true })); return; }
  const { semver, location } = loaded;
  const request = JSON.parse(input);
  if (request.mode === 'bench') {
    const repetitions = request.repetitions || 1;
    let last = [];
    const start = process.hrtime.bigint();
    for (let round = 0; round < repetitions; round++) {
      last = request.ranges.map(range => semver.maxSatisfying(request.versions, range));
    }
    const nanoseconds = Number(process.hrtime.bigint() - start);
    process.stdout.write(JSON.stringify({ semverVersion: require(path.join(location, 'package.json')).version, nanoseconds, repetitions, max: last }));
    return;
  }
  const satisfies = request.ranges.map(range =>
    request.versions.map(version => (semver.satisfies(version, range) ? '1' : '0')).join(''));
  const max = request.ranges.map(range => semver.maxSatisfying(request.versions, range));
  process.stdout.write(JSON.stringify({ semverVersion: require(path.join(location, 'package.json')).version, satisfies, max }));
});
