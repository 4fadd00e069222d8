import { UserError } from "../../cli-errors";
export async function kbCheckCommand(_file: string | undefined, _options: { json?: boolean }): Promise<void> {
  throw new UserError("kb check: not implemented yet");
}
