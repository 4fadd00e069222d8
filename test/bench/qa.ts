import fs from "node:fs";
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { createQaEngine } from "../../knowledge/engine";
import { loadKnowledgeBase } from "../../knowledge/load";
import { format, percentile, timeEach } from "./stats";

/** Questions answered per second and p50/p99 per question, in this one process (one core). */
export function benchQa(rounds = 40): string[] {
  const questions = fs.readFileSync("knowledge/questions/questions.jsonl", "utf8").split("\n")
    .filter((line) => line.trim()).map((line) => (JSON.parse(line) as { question: string }).question);
  const engine = createQaEngine(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
  for (const question of questions) engine.ask(question); // warm-up
  const workload = Array.from({ length: rounds }, () => questions).flat();
  const { totalMs, sortedMs } = timeEach(workload, (question) => engine.ask(question));
  return [
    `Q&A: ${workload.length} questions in ${format(totalMs, 0)} ms = ${format(workload.length / (totalMs / 1000), 0)} questions/s`
      + ` (target ≥ 2000); p50 ${format(percentile(sortedMs, 50), 3)} ms, p99 ${format(percentile(sortedMs, 99), 3)} ms (target < 5 ms)`,
  ];
}
