import fs from "node:fs";
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { UserError } from "../user-error";
import { knowledgeBaseSchema, type KnowledgeBase } from "./schema";

export type { KnowledgeBase } from "./schema";

/** A knowledge-base file that cannot be used; the message lists every problem with its path and line. */
export class KnowledgeBaseError extends UserError {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`Kunnskapsbasen ${file} har feil / the knowledge base has errors:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`, 1);
    this.name = "KnowledgeBaseError";
  }
}

/** Filled in when an answer is given, not when the file is loaded. */
const RUNTIME_PLACEHOLDERS = new Set(["requested_rights"]);
const PLACEHOLDER = /\{([a-z_][a-z0-9_.]*)\}/gi;

/** Reads, validates and resolves a knowledge-base YAML file. Throws KnowledgeBaseError naming path and line of each problem. */
export function loadKnowledgeBase(file: string): KnowledgeBase {
  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new KnowledgeBaseError(file, [`kan ikke lese filen / cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  return parseKnowledgeBase(source, file);
}

/** Same as loadKnowledgeBase, for YAML text already in memory. */
export function parseKnowledgeBase(source: string, file = "<text>"): KnowledgeBase {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0)
    throw new KnowledgeBaseError(file, doc.errors.map((error) => `line ${lineOf(error.pos[0])}: YAML: ${error.message.split("\n")[0]}`));

  const result = knowledgeBaseSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
      const message = /received undefined/.test(issue.message) ? "mangler / is required" : issue.message;
      return `${describePath(path)} (line ${lineOfPath(doc, path, lineOf)}): ${message}`;
    });
    throw new KnowledgeBaseError(file, problems);
  }

  const problems: string[] = [];
  const resolved = resolvePlaceholders(result.data, result.data, [], (path, name) =>
    problems.push(`${describePath(path)} (line ${lineOfPath(doc, path, lineOf)}): unknown placeholder {${name}}`));
  if (problems.length > 0) throw new KnowledgeBaseError(file, problems);
  return resolved as KnowledgeBase;
}

function describePath(path: (string | number)[]): string {
  return path.length === 0 ? "(top level)" : path.join(".");
}

/**
 * The line of the node at `path`; for a missing field, the line where its parent is named
 * (so "topics.1.answer.nb" missing points at the "answer:" line).
 */
function lineOfPath(doc: Document, path: (string | number)[], lineOf: (offset: number) => number): number {
  const exact = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isNode(exact) && exact.range) return lineOf(exact.range[0]);
  for (let depth = path.length - 1; depth >= 1; depth -= 1) {
    const holder = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (isMap(holder)) {
      const pair = holder.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[depth - 1]));
      if (pair && isNode(pair.key) && pair.key.range) return lineOf(pair.key.range[0]);
    }
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineOf(node.range[0]);
  }
  return 1;
}

function lookup(root: unknown, dotted: string): unknown {
  let value: unknown = root;
  for (const part of dotted.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Replaces {a.b.c} in every string with the value at that path, so each fact is written once in the file. */
function resolvePlaceholders(value: unknown, root: unknown, path: (string | number)[],
  report: (path: (string | number)[], name: string) => void): unknown {
  if (typeof value === "string")
    return value.replace(PLACEHOLDER, (whole, name: string) => {
      if (RUNTIME_PLACEHOLDERS.has(name)) return whole;
      const found = lookup(root, name);
      if (typeof found === "string" || typeof found === "number") return String(found);
      report(path, name);
      return whole;
    }).replace(/\s+/g, " ").trim();
  if (Array.isArray(value)) return value.map((item, index) => resolvePlaceholders(item, root, [...path, index], report));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolvePlaceholders(item, root, [...path, key], report)]));
  return value;
}
