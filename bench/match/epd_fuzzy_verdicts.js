// eth-phishing-detect's fuzzy verdict on each distinct domain of test_expectations.tsv, with its shipped config
// minus the blacklist, so that only the fuzzy matcher decides. Output: domain<TAB>fuzzy|-  (the fixture of
// tests/Vigie.Core.Tests/Matching/Fixtures/epd-fuzzy-verdicts.tsv, after its header lines).
// usage: NODE_PATH=/tmp/peers/node_modules node bench/match/epd_fuzzy_verdicts.js CONFIG_JSON TEST_EXPECTATIONS_TSV
'use strict';
const fs = require('fs');
const PhishingDetector = require('eth-phishing-detect/src/detector');
const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const detector = new PhishingDetector({ whitelist: config.whitelist, blacklist: [], fuzzylist: config.fuzzylist, tolerance: config.tolerance });
const rows = fs.readFileSync(process.argv[3], 'utf8').split('\n').slice(1).filter(Boolean).map(line => line.split('\t'));
const seen = new Set();
for (const [, , domain] of rows) {
  if (seen.has(domain)) continue;
  seen.add(domain);
  const result = detector.check(domain);
  console.log(`${domain}\t${result.result && result.type === 'fuzzy' ? 'fuzzy' : '-'}`);
}
