import { UserError } from "../../cli-errors";
export async function askCommand(_question: string, _options: { json?: boolean }): Promise<void> {
  throw new UserError("ask: not implemented yet");
}
