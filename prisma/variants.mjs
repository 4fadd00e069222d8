// Derives the PostgreSQL schema from prisma/schema.prisma, generates both clients and,
// with `migration NAME`, writes a SQL migration for each provider.
// Usage: node prisma/variants.mjs generate | node prisma/variants.mjs migration NAME
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const providers = ["sqlite", "postgresql"];
const schemaPath = (provider) =>
  provider === "sqlite" ? path.join(here, "schema.prisma") : path.join(here, "generated", "schema.postgresql.prisma");

function writePostgresSchema() {
  const source = fs.readFileSync(path.join(here, "schema.prisma"), "utf8");
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "./generated/sqlite"', 'output       = "./postgresql"');
  fs.mkdirSync(path.join(here, "generated"), { recursive: true });
  fs.writeFileSync(schemaPath("postgresql"), "// Generated from schema.prisma: do not edit.\n" + derived);
}

function prisma(provider, args) {
  // Diffing for PostgreSQL needs a live server: the throw-away test one serves.
  const databaseUrl =
    provider === "sqlite"
      ? "file:./data/prisma-cli.db"
      : args[0] === "migrate"
        ? execFileSync(path.join(here, "..", "test", "services", "postgres.sh"), ["start"], { encoding: "utf8" }).trim()
        : "postgresql://localhost/unused";
  fs.mkdirSync("data", { recursive: true });
  return execFileSync(path.join(here, "..", "node_modules", ".bin", "prisma"), args, {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_SCHEMA_VARIANT: provider },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function latestMigrationSchema(provider) {
  const dir = path.join(here, "migrations", provider);
  if (!fs.existsSync(dir)) return null;
  const last = fs.readdirSync(dir).filter((name) => /^\d{4}_/.test(name)).sort().at(-1);
  return last ? path.join(dir, last, "schema.prisma") : null;
}

function makeMigration(name) {
  if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error("migration name: lower-case letters, digits and _ only");
  for (const provider of providers) {
    const dir = path.join(here, "migrations", provider);
    const previous = latestMigrationSchema(provider);
    const from = previous ? ["--from-schema-datamodel", previous] : ["--from-empty"];
    const sql = prisma(provider, ["migrate", "diff", ...from, "--to-schema-datamodel", schemaPath(provider), "--script"]);
    if (!/CREATE|ALTER|DROP/i.test(sql)) { console.log(`${provider}: no changes`); continue; }
    const count = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /^\d{4}_/.test(n)).length : 0;
    const target = path.join(dir, `${String(count + 1).padStart(4, "0")}_${name}`);
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, "migration.sql"), sql);
    fs.copyFileSync(schemaPath(provider), path.join(target, "schema.prisma"));
    console.log(`${provider}: wrote ${path.relative(process.cwd(), target)}`);
  }
}

const [command, name] = process.argv.slice(2);
writePostgresSchema();
if (command === "generate") for (const provider of providers) prisma(provider, ["generate"]);
else if (command === "migration") makeMigration(name);
else throw new Error("usage: variants.mjs generate | migration NAME");
