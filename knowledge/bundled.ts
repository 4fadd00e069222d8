import { projectPath } from "../project-path";

/** The knowledge base shipped with the project, used when KNOWLEDGE_FILE is not set. */
export const BUNDLED_KNOWLEDGE_FILE = projectPath("knowledge", "bedre-bedrift.yaml");
