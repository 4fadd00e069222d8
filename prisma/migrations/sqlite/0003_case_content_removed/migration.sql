-- AlterTable
ALTER TABLE "Case" ADD COLUMN "contentRemovedAt" DATETIME;

