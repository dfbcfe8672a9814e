// Builds the Teams app package: fills the ${{NAME}} placeholders of manifest.json from the environment, validates the
// result against the Teams manifest JSON schema bundled in @microsoft/app-manifest (no download: the schema file of the
// manifest's own version is read from node_modules and handed to the package's validator), checks the icons from
// their PNG headers and writes the zip Teams uploads (manifest.json and the two icons at the zip's root).
//
//   BOT_ID=<app id> BOT_DOMAIN=<host> DEVELOPER_NAME=... node appPackage/build.mjs [--out <zip>] [--source <folder>]
//   node --env-file=appPackage/.env appPackage/build.mjs        (the same settings from a file)
//
// Settings: BOT_ID (the bot's Microsoft App ID: the managed identity's client id or the app registration's),
// BOT_DOMAIN (the host of the messaging endpoint, no scheme), DEVELOPER_NAME, DEVELOPER_WEBSITE_URL,
// DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL (https), and optionally TEAMS_APP_ID (default: BOT_ID) and
// APP_VERSION (default 1.0.0; raise it for every new upload of a changed package).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { zipSync } from "fflate";
import { AppManifestUtils } from "@microsoft/app-manifest";

const here = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    out: { type: "string", default: join(here, "build", "coachbot-teams-app.zip") },
    source: { type: "string", default: here },
  },
});

const defaults = { APP_VERSION: "1.0.0", TEAMS_APP_ID: process.env.BOT_ID };
const defaultNames = { TEAMS_APP_ID: "BOT_ID" };
const icons = { color: { size: 192 }, outline: { size: 32, transparent: true } };

function fail(problems) {
  console.error(`The Teams app package was not built:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}

// 1. Placeholders, filled as JSON string content so a value can never change the manifest's structure.
const template = readFileSync(join(options.source, "manifest.json"), "utf8");
const names = [...new Set([...template.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]))];
const settings = Object.fromEntries(names.map((n) => [n, process.env[n] || defaults[n] || ""]));
const missing = names.filter((n) => !settings[n]);
if (missing.length > 0) fail(missing.map((n) => `${n} is not set` + (defaultNames[n] ? ` (nor ${defaultNames[n]}, its default)` : "")));

const problems = [];
if (/[/:]/.test(settings.BOT_DOMAIN ?? "")) problems.push(`BOT_DOMAIN is a host name without scheme or path, not '${settings.BOT_DOMAIN}'`);
if (settings.APP_VERSION && !/^\d+\.\d+\.\d+$/.test(settings.APP_VERSION))
  problems.push(`APP_VERSION is major.minor.patch (semver), not '${settings.APP_VERSION}'`);
for (const n of names.filter((n) => n.endsWith("_URL")))
  if (!/^https:\/\//i.test(settings[n])) problems.push(`${n} must be an https URL, not '${settings[n]}'`);
if (problems.length > 0) fail(problems);

const filled = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_, n) => JSON.stringify(settings[n]).slice(1, -1));
const manifest = JSON.parse(filled);

// 2. The schema of the manifest's own version, from the files @microsoft/app-manifest ships.
const version = manifest.manifestVersion;
const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
if (manifest.$schema !== schemaUrl) fail([`$schema is '${manifest.$schema}', expected ${schemaUrl} for manifestVersion ${version}`]);
const packageRoot = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json"));
const schemaFile = join(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
if (!existsSync(schemaFile)) fail([`@microsoft/app-manifest ships no schema for manifestVersion ${version} (${schemaFile})`]);
const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest, JSON.parse(readFileSync(schemaFile, "utf8")));
if (schemaErrors.length > 0) fail(schemaErrors.map((e) => `schema v${version}: ${e}`));

// 3. The icons the manifest names, checked from their PNG headers (IHDR: width, height, colour type).
const files = { "manifest.json": Buffer.from(JSON.stringify(manifest, null, 2) + "\n") };
for (const [kind, rule] of Object.entries(icons)) {
  const name = manifest.icons[kind];
  const path = join(options.source, name);
  if (!existsSync(path)) { problems.push(`icons.${kind}: ${name} does not exist`); continue; }
  const png = readFileSync(path);
  const header = readPngHeader(png);
  if (!header) { problems.push(`icons.${kind}: ${name} is not a PNG file`); continue; }
  if (header.width !== rule.size || header.height !== rule.size)
    problems.push(`icons.${kind}: ${name} is ${header.width}x${header.height}, Teams wants ${rule.size}x${rule.size}`);
  if (rule.transparent && !header.hasAlpha)
    problems.push(`icons.${kind}: ${name} has no transparency; the outline icon is white on a transparent background`);
  files[name] = png;
}
if (problems.length > 0) fail(problems);

function readPngHeader(png) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 33 || !png.subarray(0, 8).equals(signature) || png.toString("ascii", 12, 16) !== "IHDR") return null;
  const colourType = png[25];
  // Colour types 4 and 6 carry an alpha channel; the others are transparent only through a tRNS chunk.
  const hasAlpha = colourType === 4 || colourType === 6 || png.includes(Buffer.from("tRNS", "ascii"));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), hasAlpha };
}

// 4. The package: a zip with everything at its root.
const out = resolve(options.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zipSync(Object.fromEntries(Object.entries(files).map(([n, b]) => [n, new Uint8Array(b)])), { level: 9 }));
console.log(`Teams app package: ${out} (manifest ${version}, app ${manifest.id}, bot ${manifest.bots[0].botId}, version ${manifest.version})`);
