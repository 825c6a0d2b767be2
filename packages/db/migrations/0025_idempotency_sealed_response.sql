-- Answers were stored in clear; they are a 24-hour cache, so they are dropped rather than converted: a resend across the upgrade runs again.
DELETE FROM "idempotency_keys";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "response" SET DATA TYPE bytea USING NULL;
