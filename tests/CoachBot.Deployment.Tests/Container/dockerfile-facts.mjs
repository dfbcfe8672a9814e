// Lints a Dockerfile offline (dockerfile-utils, every rule at error) and prints what the tests need to know about it as
// JSON: the problems found and each build stage's instructions, parsed by dockerfile-ast (line continuations, JSON
// arrays and quoting handled as Docker does). Usage: node dockerfile-facts.mjs <Dockerfile>
import { readFileSync } from "node:fs";
import { DockerfileParser } from "dockerfile-ast";
import { validate, ValidationSeverity } from "dockerfile-utils";

const path = process.argv[2];
if (!path) {
  console.error("usage: node dockerfile-facts.mjs <Dockerfile>");
  process.exit(2);
}
const content = readFileSync(path, "utf8");

const strict = ValidationSeverity.ERROR;
const problems = validate(content, {
  deprecatedMaintainer: strict,
  directiveCasing: strict,
  emptyContinuationLine: strict,
  instructionCasing: strict,
  instructionCmdMultiple: strict,
  instructionEntrypointMultiple: strict,
  instructionHealthcheckMultiple: strict,
  instructionJSONInSingleQuotes: strict,
  instructionWorkdirRelative: strict,
}).map((d) => ({ line: d.range.start.line + 1, severity: d.severity, message: d.message }));

const stages = [];
for (const instruction of DockerfileParser.parse(content).getInstructions()) {
  const keyword = instruction.getKeyword();
  if (keyword === "FROM") {
    stages.push({ image: instruction.getImage(), name: instruction.getBuildStage(), instructions: [] });
    continue;
  }
  const entry = { keyword, line: instruction.getRange().start.line + 1, arguments: instruction.getArguments().map((a) => a.getValue()) };
  if (typeof instruction.getFlags === "function" && instruction.getFlags().length > 0)
    entry.flags = Object.fromEntries(instruction.getFlags().map((f) => [f.getName(), f.getValue()]));
  if (typeof instruction.getJSONStrings === "function" && instruction.getJSONStrings().length > 0)
    entry.json = instruction.getJSONStrings().map((s) => s.getJSONValue());
  if (typeof instruction.getProperties === "function")
    entry.properties = Object.fromEntries(instruction.getProperties().map((p) => [p.getName(), p.getUnescapedValue()]));
  if (stages.length === 0) stages.push({ image: null, name: null, instructions: [] }); // ARG before the first FROM
  stages[stages.length - 1].instructions.push(entry);
}

console.log(JSON.stringify({ problems, stages }, null, 2));
