// Run as a separate process by tests: opens (and so migrates) the database at argv[2], prints what it applied.
import { openDatabase } from "../../prisma/database";

const database = await openDatabase(process.argv[2]);
process.stdout.write(JSON.stringify(database.migrated));
await database.close();
