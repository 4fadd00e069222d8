import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import Holidays from "date-holidays";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error build.mjs is plain JavaScript, run by node at install time
import { holidaysFor, pickHolidayData, unusedCalendars } from "../build.mjs";

// Inside node_modules, so the bundle's external packages resolve as they do from dist/.
const outdir = path.resolve("node_modules/.cache", `holiday-bundle-${process.pid}`);
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

type Day = { date: string; name: string; type: string };

describe("the service bundle's holiday calendar (build.mjs)", () => {
  it("gives the same Norwegian holidays as the full library for every year 2000–2100, in both languages", async () => {
    fs.mkdirSync(outdir, { recursive: true });
    const entry = path.join(outdir, "entry.ts");
    fs.writeFileSync(entry, 'import Holidays from "date-holidays";\nexport const norway = new Holidays("NO");\n');
    await esbuild.build({
      entryPoints: [entry], outdir, bundle: true, platform: "node", format: "esm", logLevel: "silent",
      plugins: [holidaysFor(["NO"])],
    });
    const bundled = fs.readFileSync(path.join(outdir, "entry.js"), "utf8");
    expect(bundled).not.toMatch(/from "astronomia|"AD": \{/);
    const { norway } = await import(pathToFileURL(path.join(outdir, "entry.js")).href) as { norway: Holidays };
    const full = new Holidays("NO");
    const show = (days: Day[]) => days.map((day) => `${day.date} ${day.type} ${day.name}`);
    for (let year = 2000; year <= 2100; year++) {
      for (const language of ["no", "en"]) {
        expect(show(norway.getHolidays(year, language) as Day[]), `${year} ${language}`).toEqual(show(full.getHolidays(year, language) as Day[]));
      }
    }
  });

  it("keeps a calendar that a picked country's rules name", () => {
    expect(unusedCalendars(pickHolidayData(["NO"]))).toMatchObject({ noequinox: true, nohebrew: true, nochinese: true });
    expect(unusedCalendars(pickHolidayData(["IL"]))).not.toHaveProperty("nohebrew");
  });
});
