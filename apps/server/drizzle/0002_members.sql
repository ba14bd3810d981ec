CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"provisional" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"decision_no" text,
	"org_unit_id" uuid,
	"details" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"name_sort_key" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (vi_unaccent(full_name)) STORED,
	"birth_name" text,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"birth_place" text,
	"home_town" text,
	"ethnicity" text,
	"religion" text,
	"citizen_id" text,
	"general_education" text,
	"professional_qualification" text,
	"academic_title" text,
	"political_theory_level" text DEFAULT 'none' NOT NULL,
	"occupation" text,
	"job_title" text,
	"phone" text,
	"address" text,
	"file_number" text,
	"org_unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"exit_reason" text,
	"exited_on" date,
	"is_exempt" boolean DEFAULT false NOT NULL,
	"temporary_org_unit_id" uuid,
	"temporary_org_name" text,
	"admission_decision_no" text,
	"admission_decided_on" date,
	"first_admission_decided_on" date,
	"ceremony_on" date,
	"ceremony_place" text,
	"full_membership_on" date,
	"card_number" text,
	"course_certificate_no" text,
	"course_completed_on" date,
	"helper_member_id" uuid,
	"party_gaps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "party_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"card_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"reason" text NOT NULL,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_org_unit_id" uuid NOT NULL,
	"to_org_unit_id" uuid,
	"to_organisation_name" text,
	"decided_on" date NOT NULL,
	"letter_no" text,
	"due_on" date NOT NULL,
	"expected_return_on" date,
	"status" text NOT NULL,
	"closed_on" date
);
--> statement-breakpoint
ALTER TABLE "member_events" ADD CONSTRAINT "member_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_events" ADD CONSTRAINT "member_events_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_temporary_org_unit_id_org_units_id_fk" FOREIGN KEY ("temporary_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_cards" ADD CONSTRAINT "party_cards_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_from_org_unit_id_org_units_id_fk" FOREIGN KEY ("from_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_to_org_unit_id_org_units_id_fk" FOREIGN KEY ("to_org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_events_member_idx" ON "member_events" USING btree ("member_id","occurred_on");--> statement-breakpoint
CREATE INDEX "member_events_kind_idx" ON "member_events" USING btree ("kind","occurred_on");--> statement-breakpoint
CREATE INDEX "members_unit_idx" ON "members" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "members_name_search_idx" ON "members" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_name_sort_idx" ON "members" USING btree ("name_sort_key" collate "C","id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_citizen_id_uq" ON "members" USING btree ("citizen_id") WHERE citizen_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "members_card_number_uq" ON "members" USING btree ("card_number") WHERE card_number is not null;--> statement-breakpoint
CREATE INDEX "memberships_member_idx" ON "memberships" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "memberships_unit_idx" ON "memberships" USING btree ("org_unit_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "party_cards_number_uq" ON "party_cards" USING btree ("card_number");--> statement-breakpoint
CREATE INDEX "party_cards_member_idx" ON "party_cards" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "transfers_member_idx" ON "transfers" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "transfers_open_idx" ON "transfers" USING btree ("status","due_on");