// The composition root: the one place that reads configuration and wires the parts together.
import { loadConfig, loadDotEnv } from "./config";

export async function startFromEnvironment(): Promise<void> {
  loadDotEnv();
  loadConfig();
  throw new Error("start: not wired yet");
}
