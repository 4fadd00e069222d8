// `npm run build`: the service's bundle in dist/ (run by postinstall). Packages stay external, except date-holidays,
// which is bundled the way its README advises for bundlers: only the countries the assistant uses
// (`holidays2json --pick`), and its parser without the calendars their rules never name (`--min`, done by the
// library's own preprocessor, prepin). Node's packages are left untouched. Together that keeps ≈ 10 MiB of
// astronomy tables and the world's holidays out of an idle service.
import fs from "node:fs";
import { createRequire } from "node:module";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
/** Working days are counted under Norwegian law (triage/deadlines/working-days.ts). */
const HOLIDAY_COUNTRIES = ["NO"];
const BUNDLED = /^date-holidays(-parser)?(\/|$)/;

/** The words of date-holidays' rule grammar that need each optional calendar of its parser. */
const CALENDAR_WORDS = {
  noislamic: /\b(Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/,
  nojulian: /\bjulian\b/,
  nochinese: /\b(chinese|vietnamese|korean)\b/,
  nobengali: /\bbengali-revised\b/,
  noequinox: /\b(equinox|solstice)\b/,
  nohebrew: /\b(Nisan|Iyyar|Sivan|Tamuz|Av|Elul|Tishrei|Cheshvan|Kislev|Tevet|Shvat|Adar)\b/,
  nojalaali: /\b(Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)\b/,
};

/** date-holidays' data with only `countries` (as `holidays2json --pick` writes it). */
export function pickHolidayData(countries) {
  const { data: all } = require("date-holidays/data");
  return { ...all, holidays: Object.fromEntries(countries.map((country) => [country, all.holidays[country]])) };
}

/** The prepin macros that leave out every calendar no rule key of `data` names (as `holidays2json --min` does). */
export function unusedCalendars(data) {
  const keys = [];
  const collect = (node) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "days") keys.push(...Object.keys(value));
      else collect(value);
    }
  };
  collect(data.holidays);
  return Object.fromEntries(Object.entries(CALENDAR_WORDS)
    .filter(([, words]) => !keys.some((key) => words.test(key)))
    .map(([macro]) => [macro, true]));
}

/** An esbuild plugin: date-holidays bundled with `countries` only, every other package external. */
export function holidaysFor(countries) {
  const data = pickHolidayData(countries);
  const macros = unusedCalendars(data);
  const { Parser } = require("prepin");
  return {
    name: "holidays-for",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.test(args.path) ? undefined : { path: args.path, external: true }));
      build.onLoad({ filter: /date-holidays[\\/]src[\\/]data\.js$/ }, () => ({ contents: `export const data = ${JSON.stringify(data)};`, loader: "js" }));
      build.onLoad({ filter: /date-holidays-parser[\\/]src[\\/]CalEventFactory\.js$/ }, (args) => ({
        contents: new Parser(macros).parse(fs.readFileSync(args.path, "utf8")).join("\n"),
        loader: "js",
      }));
    },
  };
}

async function buildBundle(entryPoints = ["cli.ts"], outdir = "dist") {
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints, outdir, bundle: true, splitting: true, platform: "node", format: "esm", target: "node20",
    logLevel: "warning", plugins: [holidaysFor(HOLIDAY_COUNTRIES)],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBundle();
