import type { Template } from "../generator/template";
import { AUTOMATED } from "./automated";
import { COMPLAINTS } from "./complaints";
import { INQUIRIES } from "./inquiries";
import { RIGHTS_EN } from "./rights-en";
import { RIGHTS_HARD } from "./rights-hard";
import { RIGHTS_NB } from "./rights-nb";
import { ROUND_2 } from "./round2";
import { ROUND_3 } from "./round3";

export const TEMPLATES: Template[] = [...RIGHTS_NB, ...RIGHTS_EN, ...RIGHTS_HARD, ...COMPLAINTS, ...INQUIRIES, ...AUTOMATED, ...ROUND_2, ...ROUND_3];
