-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "contentRemovedAt" TIMESTAMP(3);

