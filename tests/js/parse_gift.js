// Parse a GIFT file with gift-pegjs and print the questions as JSON (exit 1 on a syntax error).
// Used by tests/test_export_gift.py: node parse_gift.js FILE
const fs = require("fs");
const { parse } = require("gift-pegjs");

const text = fs.readFileSync(process.argv[2], "utf8");
try {
  process.stdout.write(JSON.stringify(parse(text)));
} catch (error) {
  const where = error.location ? ` at line ${error.location.start.line}` : "";
  process.stderr.write(`gift-pegjs: ${error.message}${where}\n`);
  process.exit(1);
}
