import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { projectPath } from "../project-path";
import { TopicMatcher, type MatcherState } from "./matcher";
import type { KnowledgeBase } from "./schema";

/**
 * The Q&A index of a knowledge base, kept in a file between runs: reading YAML, validating it and indexing
 * every example costs most of a one-question `ask`. The file's key is a hash of the knowledge base's bytes and
 * of the code that reads and indexes it (every module it imports, the versions of the packages they use, and
 * Node's), so a changed knowledge base or changed code never gets an old index: it gets a new file.
 */
const DEFAULT_INDEX_CACHE_DIR = projectPath("node_modules", ".cache", "personvern-assistent");

/** Where the index is kept: systemd's CacheDirectory= (it sets CACHE_DIRECTORY, writable by the service's user), else node_modules/.cache. */
function indexCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CACHE_DIRECTORY?.split(":")[0] || DEFAULT_INDEX_CACHE_DIR;
}

/** Bump when what is stored changes shape. */
const FORMAT = "qa-index 2";
/** The modules that turn a knowledge-base file into what is stored; what they import is followed. */
const BUILDERS = ["knowledge/load.ts", "knowledge/matcher.ts", "knowledge/index-cache.ts"];
/** Indexes of other knowledge bases (and of earlier versions) kept beside the newest. */
const KEEP_FILES = 8;

export interface PreparedKnowledge {
  kb: KnowledgeBase;
  matcher: TopicMatcher;
  /** True when the index came from the cache file, false when it was built (and then stored). */
  fromCache: boolean;
}

interface Stored {
  key: string;
  kb: KnowledgeBase;
  matcher: MatcherState;
}

/**
 * The knowledge base in `file`, validated, and its Q&A index: from the cache when it holds this file's index,
 * otherwise built (errors as loadKnowledgeBase reports them) and stored for the next run. A cache that cannot be
 * read or written is passed over: the answer is the same, only slower.
 */
export async function prepareKnowledge(file: string, options: { cacheDir?: string } = {}): Promise<PreparedKnowledge> {
  const cacheDir = options.cacheDir ?? indexCacheDir();
  let source: Buffer | undefined;
  try {
    source = fs.readFileSync(file);
  } catch {
    // loadKnowledgeBase below reports the unreadable file.
  }
  const key = source === undefined ? undefined : cacheKey(source);
  const cacheFile = key === undefined ? undefined : path.join(cacheDir, `qa-index-${key.slice(0, 32)}.bin`);
  const stored = cacheFile === undefined ? undefined : readStored(cacheFile, key!);
  if (stored) return { kb: stored.kb, matcher: new TopicMatcher(stored.matcher), fromCache: true };

  const { loadKnowledgeBase, parseKnowledgeBase } = await import("./load");
  const kb = source === undefined ? loadKnowledgeBase(file) : parseKnowledgeBase(source.toString("utf8"), file);
  const matcher = new TopicMatcher(kb);
  if (cacheFile !== undefined) store(cacheFile, { key: key!, kb, matcher: matcher.state() });
  return { kb, matcher, fromCache: false };
}

function readStored(file: string, key: string): Stored | undefined {
  try {
    const stored = v8.deserialize(fs.readFileSync(file)) as Partial<Stored>;
    return stored.key === key && stored.kb && stored.matcher ? (stored as Stored) : undefined;
  } catch {
    return undefined;
  }
}

function store(file: string, stored: Stored): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, v8.serialize(stored));
    // A rename is atomic: a process starting meanwhile reads the old file or the whole new one.
    fs.renameSync(temporary, file);
    pruneOldIndexes(path.dirname(file));
  } catch {
    // Not writable (a read-only install, a full disk): the next run builds the index again.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // There was no folder to write in.
    }
  }
}

function pruneOldIndexes(dir: string): void {
  const files = fs.readdirSync(dir).filter((name) => /^qa-index-.*\.bin$/.test(name)).map((name) => path.join(dir, name));
  const newestFirst = files.map((file) => ({ file, time: fs.statSync(file).mtimeMs })).sort((a, b) => b.time - a.time);
  for (const { file } of newestFirst.slice(KEEP_FILES)) fs.rmSync(file, { force: true });
}

let codeHash: string | null | undefined;

/** Undefined when the code cannot be fingerprinted (its sources are missing): then nothing is cached. */
function cacheKey(source: Buffer): string | undefined {
  codeHash ??= fingerprintCode(BUILDERS.map((file) => projectPath(file))) ?? null;
  if (codeHash === null) return undefined;
  return createHash("sha256").update(`${FORMAT}\0${codeHash}\0`).update(source).digest("hex");
}

const IMPORT = /\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;

/** A hash of these source files, every local module they import (transitively), the packages' versions and Node's. */
export function fingerprintCode(entries: string[]): string | undefined {
  const contents = new Map<string, string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (contents.has(file)) continue;
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    contents.set(file, text);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2] ?? match[3])!;
      if (specifier.startsWith("node:")) continue;
      if (!specifier.startsWith(".")) {
        packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
        continue;
      }
      const imported = localModule(path.resolve(path.dirname(file), specifier));
      if (imported === undefined) return undefined;
      queue.push(imported);
    }
  }
  const hash = createHash("sha256").update(`node ${process.version}\0`);
  const root = projectPath();
  for (const file of [...contents.keys()].sort()) hash.update(`${path.relative(root, file)}\0${contents.get(file)}\0`);
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest("hex");
}

function localModule(base: string): string | undefined {
  return [base, `${base}.ts`, path.join(base, "index.ts"), base.replace(/\.js$/, ".ts")].find((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(projectPath("node_modules", name, "package.json"), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "missing";
  }
}
