-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "nextAttemptAt" DROP DEFAULT;

