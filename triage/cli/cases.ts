import { UserError } from "../../cli-errors";
export async function listCasesCommand(_options: { json?: boolean; status?: string }): Promise<void> {
  throw new UserError("cases list: not implemented yet");
}
export async function showCaseCommand(_id: string, _options: { json?: boolean }): Promise<void> {
  throw new UserError("cases show: not implemented yet");
}
