CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"run_key" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	CONSTRAINT "job_runs_job_run_key_pk" PRIMARY KEY("job","run_key")
);
--> statement-breakpoint
CREATE TABLE "brands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name_zh" text,
	"name_en" text,
	"logo_file_id" uuid,
	"trademark_number" text NOT NULL,
	"trademark_country" text NOT NULL,
	"nice_classes" integer[] NOT NULL,
	"certificate_kind" text NOT NULL,
	"certificate_file_id" uuid NOT NULL,
	"trademark_valid_until" date,
	"brand_owner" text,
	"authorization_file_id" uuid,
	"authorization_level" text,
	"authorization_chain" text,
	"territory" text,
	"authorization_start" date,
	"authorization_end" date,
	"valid_until" date,
	"submitted_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"rejection_reasons" jsonb,
	"rejection_note" text,
	"expired_at" timestamp with time zone,
	"reminders_sent" integer[] DEFAULT '{}'::int[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_certificate_file_id_files_id_fk" FOREIGN KEY ("certificate_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_authorization_file_id_files_id_fk" FOREIGN KEY ("authorization_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brands_supplier_idx" ON "brands" USING btree ("supplier_id","kind");--> statement-breakpoint
CREATE INDEX "brands_queue_idx" ON "brands" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "brands_valid_until_idx" ON "brands" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "brands_name_en_idx" ON "brands" USING btree (lower("name_en"));--> statement-breakpoint
CREATE INDEX "brands_name_zh_idx" ON "brands" USING btree ("name_zh");