CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"progress" jsonb NOT NULL,
	"result" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "member_import_rows" (
	"job_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"member_id" uuid,
	"citizen_id" text,
	"card_number" text,
	"full_name" text,
	"name_sort_key" text,
	"sex" text,
	"birth_date" date,
	"home_town" text,
	"ethnicity" text,
	"religion" text,
	"general_education" text,
	"professional_qualification" text,
	"political_theory_level" text,
	"occupation" text,
	"job_title" text,
	"phone" text,
	"address" text,
	"org_unit_id" uuid,
	"status" text,
	"admission_decision_no" text,
	"admission_decided_on" date,
	"ceremony_on" date,
	"full_membership_on" date,
	"staged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_import_rows_job_id_row_pk" PRIMARY KEY("job_id","row")
);
--> statement-breakpoint
CREATE INDEX "jobs_user_idx" ON "jobs" USING btree ("user_id","created_at");