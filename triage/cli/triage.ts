import { UserError } from "../../cli-errors";
export async function triageCommand(_paths: string[], _options: { json?: boolean }): Promise<void> {
  throw new UserError("triage: not implemented yet");
}
