// Parses each card file with the adaptivecards library (the renderer Web Chat 4.18 ships) targeting schema 1.5,
// the highest version Teams renders. Prints one JSON line per file with the parser's and validator's complaints;
// exits 1 when any card has one. Usage: node validate-adaptive-cards.cjs card1.json [card2.json ...]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const AC = require(path.join(__dirname, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'));

let failed = false;
for (const file of process.argv.slice(2)) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const issues = [];
  if (json.type !== 'AdaptiveCard') issues.push(`type is ${json.type}, not AdaptiveCard`);
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
  if (!version || !version.isValid || version.compareTo(AC.Versions.v1_5) > 0) issues.push(`version ${json.version} is not 1.5 or lower`);

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) issues.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) issues.push(event.message);
  // The parser ignores properties it does not know; a round trip shows what it dropped.
  const roundTrip = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  for (const dropped of missingPaths(json, roundTrip, '')) issues.push(`not understood: ${dropped}`);

  if (issues.length > 0) failed = true;
  console.log(JSON.stringify({ file: path.basename(file), issues }));
}
process.exit(failed ? 1 : 0);

function missingPaths(expected, actual, at) {
  if (expected === null || typeof expected !== 'object') return [];
  if (actual === null || typeof actual !== 'object') return [at || '/'];
  const missing = [];
  for (const key of Object.keys(expected)) {
    if (key === '$schema') continue;
    if (!(key in actual)) missing.push(`${at}/${key}`);
    else missing.push(...missingPaths(expected[key], actual[key], `${at}/${key}`));
  }
  return missing;
}
