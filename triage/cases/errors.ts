/** A case rule was not met (extension too late, clock already paused, …); the message is for the owner. */
export class CaseRuleError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "CaseRuleError";
  }
}

export class CaseNotFoundError extends CaseRuleError {
  constructor(readonly caseId: number) {
    super("not_found", `Fant ingen sak med nummer ${caseId} / no case with id ${caseId}`);
    this.name = "CaseNotFoundError";
  }
}
