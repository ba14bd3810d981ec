ALTER TABLE "residence_comment_requests" ADD COLUMN "short_code_hash" text;--> statement-breakpoint
ALTER TABLE "residence_comment_requests" ADD COLUMN "token_sealed" text;--> statement-breakpoint
CREATE UNIQUE INDEX "residence_requests_short_code_uq" ON "residence_comment_requests" USING btree ("short_code_hash") WHERE short_code_hash is not null;