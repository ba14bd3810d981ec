CREATE TABLE "discipline_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"member_id" uuid,
	"subject_unit_id" uuid NOT NULL,
	"deciding_unit_id" uuid NOT NULL,
	"deciding_body" text NOT NULL,
	"case_id" uuid,
	"violation" text NOT NULL,
	"violation_group" text NOT NULL,
	"violation_from" date NOT NULL,
	"violation_to" date,
	"renewed_on" date,
	"proposed_form" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_on" date NOT NULL,
	"status" text NOT NULL,
	"form" text,
	"decision_no" text,
	"decided_on" date,
	"post" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discipline_complaints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"discipline_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"filed_on" date NOT NULL,
	"filed_with" text NOT NULL,
	"content" text NOT NULL,
	"result" text,
	"result_on" date,
	"note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_case_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_case_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"on" date NOT NULL,
	"details" jsonb NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_case_subjects" (
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"member_id" uuid,
	CONSTRAINT "inspection_case_subjects_case_id_position_pk" PRIMARY KEY("case_id","position")
);
--> statement-breakpoint
CREATE TABLE "inspection_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"body" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"content" text,
	"decision_no" text NOT NULL,
	"decided_on" date NOT NULL,
	"due_on" date,
	"state" text NOT NULL,
	"state_since" date NOT NULL,
	"step_due_on" date,
	"programme_item_id" uuid,
	"letter_id" uuid,
	"shared_with_roles" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"kind" text NOT NULL,
	"identity" text NOT NULL,
	"sender_name" text,
	"sender_address" text,
	"summary" text NOT NULL,
	"subjects" jsonb NOT NULL,
	"status" text NOT NULL,
	"due_on" date,
	"handled_on" date,
	"forwarded_to" text,
	"result" text,
	"result_on" date,
	"filed_reason" text,
	"case_id" uuid,
	"discipline_id" uuid,
	"shared_with_roles" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_programme_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" text NOT NULL,
	"subjects" jsonb NOT NULL,
	"month" integer NOT NULL,
	"team" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"body" text NOT NULL,
	"title" text NOT NULL,
	"decision_no" text,
	"approved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discipline_actions" ADD CONSTRAINT "discipline_actions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_actions" ADD CONSTRAINT "discipline_actions_subject_unit_id_org_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_actions" ADD CONSTRAINT "discipline_actions_deciding_unit_id_org_units_id_fk" FOREIGN KEY ("deciding_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_actions" ADD CONSTRAINT "discipline_actions_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_complaints" ADD CONSTRAINT "discipline_complaints_discipline_id_discipline_actions_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."discipline_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_case_documents" ADD CONSTRAINT "inspection_case_documents_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_case_steps" ADD CONSTRAINT "inspection_case_steps_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_case_subjects" ADD CONSTRAINT "inspection_case_subjects_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_case_subjects" ADD CONSTRAINT "inspection_case_subjects_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_case_subjects" ADD CONSTRAINT "inspection_case_subjects_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_programme_item_id_inspection_programme_items_id_fk" FOREIGN KEY ("programme_item_id") REFERENCES "public"."inspection_programme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_letters" ADD CONSTRAINT "inspection_letters_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_letters" ADD CONSTRAINT "inspection_letters_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_programme_items" ADD CONSTRAINT "inspection_programme_items_programme_id_inspection_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."inspection_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_programmes" ADD CONSTRAINT "inspection_programmes_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discipline_actions_deciding_idx" ON "discipline_actions" USING btree ("deciding_unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "discipline_actions_subject_idx" ON "discipline_actions" USING btree ("subject_unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "discipline_actions_member_idx" ON "discipline_actions" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "discipline_complaints_level_uq" ON "discipline_complaints" USING btree ("discipline_id","level");--> statement-breakpoint
CREATE INDEX "inspection_case_documents_case_idx" ON "inspection_case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "inspection_case_steps_case_idx" ON "inspection_case_steps" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "inspection_case_subjects_member_idx" ON "inspection_case_subjects" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "inspection_cases_unit_idx" ON "inspection_cases" USING btree ("org_unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "inspection_cases_due_idx" ON "inspection_cases" USING btree ("step_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_cases_decision_uq" ON "inspection_cases" USING btree ("org_unit_id",lower("decision_no"),extract(year from "decided_on"));--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_cases_item_uq" ON "inspection_cases" USING btree ("programme_item_id");--> statement-breakpoint
CREATE INDEX "inspection_letters_unit_idx" ON "inspection_letters" USING btree ("org_unit_id","received_on");--> statement-breakpoint
CREATE INDEX "inspection_letters_due_idx" ON "inspection_letters" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "inspection_programme_items_programme_idx" ON "inspection_programme_items" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_programmes_uq" ON "inspection_programmes" USING btree ("org_unit_id","year","body");