CREATE TABLE "document_renders" (
	"content_sha256" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"pdf_sha256" text NOT NULL,
	"bytes" integer NOT NULL,
	"pages" integer NOT NULL,
	"render_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_signed_copies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"party" text NOT NULL,
	"version_no" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_versions" (
	"contract_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"clauses" jsonb NOT NULL,
	"model" jsonb NOT NULL,
	"content_sha256" text NOT NULL,
	"pdf_sha256" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "contract_versions_contract_id_version_no_pk" PRIMARY KEY("contract_id","version_no")
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'drafting' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"current_version_no" integer DEFAULT 1 NOT NULL,
	"confirmed_version_no" integer,
	"buyer_comment" text,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domestic_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"invoice_number" text NOT NULL,
	"invoice_code" text,
	"issued_on" date NOT NULL,
	"invoice_type" text NOT NULL,
	"amount_excl_tax" numeric(18, 2) NOT NULL,
	"tax_rate" numeric(5, 2) NOT NULL,
	"tax_amount" numeric(18, 2) NOT NULL,
	"total_amount" numeric(18, 2) NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"file_format" text NOT NULL,
	"file_sha256" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "export_invoice_versions" (
	"order_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"model" jsonb NOT NULL,
	"content_sha256" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "export_invoice_versions_order_id_version_no_pk" PRIMARY KEY("order_id","version_no")
);
--> statement-breakpoint
CREATE TABLE "export_invoices" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"current_version_no" integer DEFAULT 1 NOT NULL,
	"confirmed_version_no" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "contract_status" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "invoice_status" text DEFAULT 'not_requested' NOT NULL;--> statement-breakpoint
ALTER TABLE "contract_signed_copies" ADD CONSTRAINT "contract_signed_copies_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signed_copies" ADD CONSTRAINT "contract_signed_copies_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signed_copies" ADD CONSTRAINT "contract_signed_copies_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_versions" ADD CONSTRAINT "contract_versions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_versions" ADD CONSTRAINT "contract_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domestic_invoices" ADD CONSTRAINT "domestic_invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domestic_invoices" ADD CONSTRAINT "domestic_invoices_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domestic_invoices" ADD CONSTRAINT "domestic_invoices_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_invoice_versions" ADD CONSTRAINT "export_invoice_versions_order_id_export_invoices_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."export_invoices"("order_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_invoice_versions" ADD CONSTRAINT "export_invoice_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_invoices" ADD CONSTRAINT "export_invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_signed_copies_contract_idx" ON "contract_signed_copies" USING btree ("contract_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_order_key" ON "contracts" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_number_key" ON "contracts" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "domestic_invoices_number_key" ON "domestic_invoices" USING btree ("order_id","invoice_number");--> statement-breakpoint
CREATE INDEX "domestic_invoices_order_idx" ON "domestic_invoices" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "export_invoices_number_key" ON "export_invoices" USING btree ("number");--> statement-breakpoint
-- Orders that asked for an invoice before this migration: the list column says so.
UPDATE "orders" SET "invoice_status" = 'requested' WHERE "invoice_required" = true;
