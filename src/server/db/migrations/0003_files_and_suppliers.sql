CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"original_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"width" integer,
	"height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"snapshot" jsonb,
	"reasons" jsonb,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"company_name_zh" text,
	"company_name_en" text,
	"company_type" text,
	"country" text,
	"credit_code" text,
	"registration_number" text,
	"legal_representative" text,
	"registered_address" text,
	"business_address" text,
	"date_established" date,
	"registered_capital_amount" numeric(17, 2),
	"registered_capital_currency" text,
	"business_scope" text,
	"main_products" text,
	"contact_person" text,
	"contact_phone" text,
	"contact_email" text,
	"website" text,
	"submitted_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"rejection_reasons" jsonb,
	"rejection_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"type" text NOT NULL,
	"file_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_translations" (
	"supplier_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"profile" text NOT NULL,
	"main_products" text,
	CONSTRAINT "supplier_translations_supplier_id_locale_pk" PRIMARY KEY("supplier_id","locale")
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"name_zh" text,
	"name_en" text NOT NULL,
	"country" text NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"logo_file_id" uuid,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"year_established" integer,
	"employee_range" text,
	"main_markets" text[] DEFAULT '{}'::text[] NOT NULL,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"website" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_application_events" ADD CONSTRAINT "supplier_application_events_application_id_supplier_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."supplier_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_application_events" ADD CONSTRAINT "supplier_application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_applications" ADD CONSTRAINT "supplier_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_applications" ADD CONSTRAINT "supplier_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_materials" ADD CONSTRAINT "supplier_materials_application_id_supplier_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."supplier_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_materials" ADD CONSTRAINT "supplier_materials_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_translations" ADD CONSTRAINT "supplier_translations_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_application_id_supplier_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."supplier_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "supplier_application_events_app_idx" ON "supplier_application_events" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_applications_user_key" ON "supplier_applications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "supplier_applications_queue_idx" ON "supplier_applications" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "supplier_applications_credit_code_idx" ON "supplier_applications" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "supplier_materials_application_idx" ON "supplier_materials" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_user_key" ON "suppliers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_application_key" ON "suppliers" USING btree ("application_id");