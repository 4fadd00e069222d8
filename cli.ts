#!/usr/bin/env node
import { Command, Option } from "commander";
import { loadDotEnv } from "./env-file";

// Settings in ./.env apply to every command (the environment wins where both set one).
loadDotEnv();

// Each command's code is imported only when it runs, so `ask` does not pay for IMAP or Slack.
const program = new Command()
  .name("personvern-assistent")
  .description("Personvernassistent for små bedrifter / privacy assistant for small businesses")
  .showHelpAfterError();

program
  .command("start")
  .description("start assistenten: konsollchat, kanaler og innboks / start the assistant")
  .action(async () => (await import("./app")).startFromEnvironment());

program
  .command("ask")
  .description("svar på et spørsmål om personvernerklæringen / answer a question about the privacy notice")
  .argument("[question...]", "spørsmålet / the question")
  .option("--json", "les ett spørsmål per linje fra stdin, skriv ett JSON-objekt per linje / one question a line in, one JSON object a line out")
  .action(async (words: string[], options: { json?: boolean }) => (await import("./knowledge/cli/ask")).askCommand(words.join(" "), options));

const kb = program.command("kb").description("kunnskapsbasen / the knowledge base");
kb.command("check")
  .description("valider en kunnskapsbase og vis GDPR art. 13-rapporten / validate a knowledge base and report on GDPR Art. 13")
  .argument("[file]", "YAML-fil (standard: KNOWLEDGE_FILE eller den medfølgende)")
  .option("--json", "rapporten som JSON / the report as JSON")
  .action(async (file: string | undefined, options: { json?: boolean }) => (await import("./knowledge/cli/kb-check")).kbCheckCommand(file, options));

program
  .command("triage")
  .description("sorter e-post (.eml-filer eller mapper) / classify mail")
  .argument("<paths...>", ".eml-filer eller mapper / .eml files or folders")
  .option("--json", "ett JSON-objekt per linje / one JSON object a line")
  .action(async (paths: string[], options: { json?: boolean }) => (await import("./triage/cli/triage")).triageCommand(paths, options));

program
  .command("draft")
  .description("vis utkastene til e-post uten å lagre noe / show the drafts for mail, storing nothing")
  .argument("<paths...>", ".eml-filer eller mapper / .eml files or folders")
  .option("--json", "ett JSON-objekt per linje / one JSON object a line")
  .action(async (paths: string[], options: { json?: boolean }) => (await import("./bot/drafts/cli")).draftCommand(paths, options));

program
  .command("deadline")
  .description("frister for en henvendelse mottatt på et tidspunkt / deadlines for a request received at a time")
  .argument("<received>", "ISO 8601-tidspunkt, f.eks. 2026-05-16T23:30:00Z")
  .option("--json", "som JSON / as JSON")
  .action(async (received: string, options: { json?: boolean }) => (await import("./triage/cli/deadline")).deadlineCommand(received, options));

const cases = program.command("cases").description("saksloggen / the case log");
cases.command("list")
  .description("list saker / list cases")
  .option("--json", "ett JSON-objekt per linje / one JSON object a line")
  .addOption(new Option("--status <status>", "bare saker med denne statusen / only this status"))
  .action(async (options: { json?: boolean; status?: string }) => (await import("./triage/cli/cases")).listCasesCommand(options));
cases.command("show")
  .description("vis én sak med historikk / show one case with its history")
  .argument("<id>", "saksnummer / case id")
  .option("--json", "som JSON / as JSON")
  .action(async (id: string, options: { json?: boolean }) => (await import("./triage/cli/cases")).showCaseCommand(id, options));
cases.command("export-labels")
  .description("eierens rettelser som treningsdata / the owner's corrections as training data (corpus format)")
  .option("--out <file>", "labels.jsonl å skrive (e-postene legges i mails/ ved siden av) / labels file to write", "owner-labels/labels.jsonl")
  .action(async (options: { out?: string }) => (await import("./triage/cli/cases")).exportLabelsCommand(options));

cases.command("erase")
  .description("slett personen bak en sak i alle tabeller, behold minimumsposter / erase the person behind a case everywhere, keep minimal records")
  .argument("<id>", "saksnummer / case id")
  .option("--json", "som JSON / as JSON")
  .action(async (id: string, options: { json?: boolean }) => (await import("./triage/cli/cases")).eraseCaseCommand(id, options));

program
  .command("retention")
  .description("fjern det oppbevaringstidene i kunnskapsbasen sier skal bort / remove what the knowledge base's periods say must go")
  .option("--dry-run", "vis bare hva som ville blitt fjernet / only show what would go")
  .option("--json", "ett JSON-objekt / one JSON object")
  .action(async (options: { dryRun?: boolean; json?: boolean }) => (await import("./triage/cli/retention")).retentionCommand(options));

program
  .command("backup")
  .description("sikkerhetskopi av SQLite-databasen mens tjenesten kjører / an online backup of the SQLite database")
  .argument("<path>", "hvor kopien skal skrives / where to write the copy")
  .action(async (target: string) => (await import("./prisma/backup")).backupCommand(target));

program.parseAsync().catch(async (error: unknown) => {
  const { reportFatal } = await import("./cli-errors");
  process.exitCode = reportFatal(error);
});
