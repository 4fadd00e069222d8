// `npm run bench`: the speed targets, measured in one run on this machine. Not a test: it reports.
// Sections: qa, startup, mail, triage, backlog, service (default: all). Example: npm run bench -- qa mail
import { benchBacklog } from "./backlog";
import { benchCliStartup } from "./startup";
import { benchMail } from "./mail";
import { benchQa } from "./qa";
import { benchTriageCli } from "./triage-cli";
import { benchService, IDLE_TARGET_MIB } from "./service";
import { format } from "./stats";

const sections: Record<string, () => Promise<string[]> | string[]> = {
  qa: () => benchQa(),
  startup: () => benchCliStartup(),
  mail: () => benchMail(),
  triage: () => benchTriageCli(),
  backlog: async () => {
    const result = await benchBacklog(1_000);
    return [
      `Backlog: ${result.mails} mails in Dovecot became ${result.cases} cases, ${result.attached} thread replies and ${result.automated} automated`
        + ` in ${format(result.ingestSeconds, 1)} s = ${format(result.mailsPerSecond, 1)} mails/s (target < ${result.targetSeconds} s)`
        + (result.failed > 0 ? `; ${result.failed} FAILED: ${result.failureReasons.join("; ")}` : ""),
    ];
  },
  service: async () => {
    const r = await benchService(2_000);
    return [
      `Service (node dist/cli.js start, no chat token): idle ${format(r.idleMiB, 0)} MiB RSS for the process tree (target ≤ ${IDLE_TARGET_MIB} MiB = 150 MB);`
        + ` ${r.mails} corpus mails dropped in the inbox: ingested in ${format(r.ingestSeconds, 1)} s, peak ${format(r.peakMiB, 0)} MiB,`
        + ` idle after ${format(r.idleAfterMiB, 0)} MiB (target ≤ ${IDLE_TARGET_MIB}); SIGTERM: stopped in ${format(r.stopSeconds, 1)} s with exit code ${r.exitCode},`
        + ` ${r.leftRunning} process(es) left running`,
    ];
  },
};

const chosen = process.argv.slice(2).filter((name) => name !== "--");
for (const name of chosen.length > 0 ? chosen : Object.keys(sections)) {
  const section = sections[name];
  if (!section) throw new Error(`unknown section ${name}; choose from ${Object.keys(sections).join(", ")}`);
  for (const line of await section()) console.log(line);
}
console.log(`Peak memory (RSS): ${format(process.resourceUsage().maxRSS / 1024, 0)} MiB; Node ${process.version}, ${process.arch}`);
