/**
 * `npm run eval` (first part): asks the Q&A engine every labelled question and prints how often it
 * did the right thing. Options: --split tune|holdout|all, --file PATH, --kb PATH, --errors.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { reportFatal } from "../../cli-errors";
import { UserError } from "../../user-error";
import { loadKnowledgeBase } from "../load";
import { createQaEngine } from "../engine";
import { BUNDLED_QUESTION_FILE, parseQuestionSet, selectSplit, type SplitChoice } from "./questions";
import { evaluate } from "./score";
import { formatReport } from "./format";

const USAGE = "usage: tsx knowledge/eval/run.ts [--split tune|holdout|all] [--file questions.jsonl] [--kb knowledge.yaml] [--errors]";

interface EvalOptions {
  split: SplitChoice;
  file: string;
  knowledgeFile: string;
  showMisses: boolean;
}

function readOptions(argv: string[]): EvalOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        split: { type: "string" },
        file: { type: "string" },
        kb: { type: "string" },
        errors: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n${USAGE}`);
  }
  // The bundled set is tuned on, so it is judged on its holdout part; any other file is held out as a whole.
  const split = values.split ?? (values.file ? "all" : "holdout");
  if (split !== "tune" && split !== "holdout" && split !== "all")
    throw new UserError(`--split must be tune, holdout or all (got "${split}")\n${USAGE}`);
  return {
    split,
    file: values.file ?? BUNDLED_QUESTION_FILE,
    knowledgeFile: values.kb ?? BUNDLED_KNOWLEDGE_FILE,
    showMisses: values.errors ?? false,
  };
}

function readQuestions(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const { questions, problems } = parseQuestionSet(text);
  if (problems.length > 0) throw new UserError(`${file} has errors:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  return questions;
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? path.resolve(file) : relative;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const questions = selectSplit(readQuestions(options.file), options.split);
  if (questions.length === 0) throw new UserError(`no questions in split "${options.split}" of ${options.file}`);
  const engine = createQaEngine(loadKnowledgeBase(options.knowledgeFile));
  const report = await evaluate(questions, (question) => engine.ask(question));
  const title = `Q&A eval: ${shown(options.file)}, split ${options.split}, ${questions.length} questions, knowledge base ${shown(options.knowledgeFile)}`;
  process.stdout.write(`${formatReport(report, { title, showMisses: options.showMisses })}\n`);
}

main().catch((error: unknown) => {
  process.exitCode = reportFatal(error);
});
