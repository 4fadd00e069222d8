import { UserError } from "../../cli-errors";
export async function deadlineCommand(_received: string, _options: { json?: boolean }): Promise<void> {
  throw new UserError("deadline: not implemented yet");
}
