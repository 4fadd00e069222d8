import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6.19 with the WASM schema engine works offline (no engine binary to download).
// PRISMA_SCHEMA_VARIANT=postgresql selects the derived PostgreSQL schema (prisma/variants.mjs).
const postgres = process.env.PRISMA_SCHEMA_VARIANT === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "generated", "schema.postgresql.prisma") : path.join("prisma", "schema.prisma"),
  async adapter() {
    if (postgres) return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/unused" });
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/prisma-cli.db" });
  },
});
