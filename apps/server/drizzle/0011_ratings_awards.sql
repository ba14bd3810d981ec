CREATE TABLE "rating_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"member_id" uuid,
	"org_unit_id" uuid NOT NULL,
	"excluded_reason" text,
	"status" text NOT NULL,
	"framework_key" text,
	"self_points" jsonb,
	"self_total" integer,
	"self_level" text,
	"self_text" text,
	"self_at" timestamp with time zone,
	"self_by" uuid,
	"proposed_level" text,
	"proposal_vote" jsonb,
	"proposal_note" text,
	"proposed_at" timestamp with time zone,
	"proposed_by" uuid,
	"decided_level" text,
	"decided_by_unit_id" uuid,
	"decision_number" text,
	"decided_on" date,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"change_reason" text,
	"announced_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_cycles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"name" text NOT NULL,
	"reference_date" date NOT NULL,
	"self_due_on" date NOT NULL,
	"proposal_due_on" date NOT NULL,
	"decision_due_on" date NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"criteria" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"deciding_unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"signer_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commendations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"recipient_type" text NOT NULL,
	"member_id" uuid,
	"org_unit_id" uuid NOT NULL,
	"proposing_unit_id" uuid NOT NULL,
	"campaign_id" uuid,
	"year" integer,
	"basis" text NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"proposed_on" date NOT NULL,
	"decision_id" uuid,
	"refusal_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_models" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"member_id" uuid,
	"title" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"level" text NOT NULL,
	"year" integer NOT NULL,
	"registered_on" date NOT NULL,
	"value_vnd" bigint,
	"description" text,
	"score" integer,
	"status" text NOT NULL,
	"recognition_number" text,
	"recognised_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_badges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"milestone" integer NOT NULL,
	"kind" text NOT NULL,
	"award_date" date NOT NULL,
	"decision_id" uuid NOT NULL,
	"badge_number" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rating_assessments" ADD CONSTRAINT "rating_assessments_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_assessments" ADD CONSTRAINT "rating_assessments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_assessments" ADD CONSTRAINT "rating_assessments_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_assessments" ADD CONSTRAINT "rating_assessments_decided_by_unit_id_org_units_id_fk" FOREIGN KEY ("decided_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_campaigns" ADD CONSTRAINT "award_campaigns_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_deciding_unit_id_org_units_id_fk" FOREIGN KEY ("deciding_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_proposing_unit_id_org_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_campaign_id_award_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."award_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendations" ADD CONSTRAINT "commendations_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_models" ADD CONSTRAINT "emulation_models_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_models" ADD CONSTRAINT "emulation_models_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_badges" ADD CONSTRAINT "party_badges_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_badges" ADD CONSTRAINT "party_badges_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_assessments_member_uq" ON "rating_assessments" USING btree ("cycle_id","member_id") WHERE "rating_assessments"."subject_type" = 'member';--> statement-breakpoint
CREATE UNIQUE INDEX "rating_assessments_org_uq" ON "rating_assessments" USING btree ("cycle_id","org_unit_id") WHERE "rating_assessments"."subject_type" = 'org';--> statement-breakpoint
CREATE INDEX "rating_assessments_member_idx" ON "rating_assessments" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "rating_assessments_unit_idx" ON "rating_assessments" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "review_cycles_unit_idx" ON "review_cycles" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "award_decisions_number_uq" ON "award_decisions" USING btree (lower("number"));--> statement-breakpoint
CREATE INDEX "commendations_member_idx" ON "commendations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "commendations_unit_idx" ON "commendations" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "commendations_decision_idx" ON "commendations" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "emulation_models_unit_idx" ON "emulation_models" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "party_badges_number_uq" ON "party_badges" USING btree (lower("badge_number"));--> statement-breakpoint
CREATE UNIQUE INDEX "party_badges_milestone_uq" ON "party_badges" USING btree ("member_id","milestone") WHERE "party_badges"."kind" <> 'reissue';--> statement-breakpoint
CREATE INDEX "party_badges_date_idx" ON "party_badges" USING btree ("award_date");