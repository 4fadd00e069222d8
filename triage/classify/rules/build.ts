/**
 * Checks every rules/*.yml and writes the JSON beside it that the classifier reads at run time.
 *   npm run -s rules:build            check and write
 *   npm run -s rules:build -- --check check only; exit 1 where a JSON file is missing or out of date
 */
import fs from "node:fs";
import path from "node:path";
import { loadRuleFile, ruleFiles, RuleError } from "./check";
import { builtRawText, loadRawRuleFile } from "./check-raw";
import { builtFileOf, type RuleSpec } from "./compile";

/** One rule a line, so a change to one rule is a one-line diff. */
export function builtText(specs: RuleSpec[]): string {
  return `[\n${specs.map((spec) => JSON.stringify(spec)).join(",\n")}\n]\n`;
}

/** Every rules/*.yml checked, with the JSON to write beside it: phrase rules (check.ts) and raw rules (check-raw.ts). */
function builtTexts(): { file: string; text: string; count: number }[] {
  return [
    ...ruleFiles().map((file) => {
      const specs = loadRuleFile(file).map((rule) => rule.spec);
      return { file, text: builtText(specs), count: specs.length };
    }),
    ...ruleFiles(true).map((file) => {
      const { built } = loadRawRuleFile(file);
      return { file, text: builtRawText(built), count: built.rules.length };
    }),
  ];
}

function main(checkOnly: boolean): number {
  let stale = 0;
  for (const { file, text, count } of builtTexts()) {
    const built = builtFileOf(file);
    const name = path.relative(process.cwd(), built);
    if (fs.existsSync(built) && fs.readFileSync(built, "utf8") === text) continue;
    if (checkOnly) {
      console.error(`${name} is out of date: run npm run -s rules:build`);
      stale++;
    } else {
      fs.writeFileSync(built, text);
      console.log(`${name}: ${count} rules`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = main(process.argv.includes("--check"));
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
