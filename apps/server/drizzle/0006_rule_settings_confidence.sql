ALTER TABLE "rule_settings" ADD COLUMN "confidence" text DEFAULT 'S' NOT NULL;--> statement-breakpoint
ALTER TABLE "rule_settings" ADD COLUMN "note" text;