import fs from "node:fs";
import path from "node:path";

let root: string | undefined;

/**
 * A file shipped with the project (knowledge base, migrations, the trained model), found from the folder
 * holding package.json: the same from the TypeScript sources and from the compiled bundle in dist/.
 */
export function projectPath(...parts: string[]): string {
  root ??= findRoot(import.meta.dirname);
  return path.join(root, ...parts);
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}
