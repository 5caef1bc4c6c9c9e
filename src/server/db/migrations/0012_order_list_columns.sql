ALTER TABLE "orders" ADD COLUMN "buyer_name_zh" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "buyer_name_en" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "supplier_name_zh" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "supplier_name_en" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "first_line_names" jsonb;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "first_line_picture_file_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "line_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The list columns of orders placed before this migration, from their frozen snapshots.
UPDATE "orders" o SET
  "buyer_name_zh" = o."buyer_party"->>'companyNameZh',
  "buyer_name_en" = o."buyer_party"->>'companyNameEn',
  "supplier_name_zh" = o."supplier_party"->>'companyNameZh',
  "supplier_name_en" = o."supplier_party"->>'companyNameEn',
  "first_line_names" = (SELECT l."snapshot"->'names' FROM "order_lines" l WHERE l."order_id" = o."id" AND l."position" = 1),
  "first_line_picture_file_id" = (SELECT l."snapshot"->>'pictureFileId' FROM "order_lines" l WHERE l."order_id" = o."id" AND l."position" = 1),
  "line_count" = (SELECT count(*)::int FROM "order_lines" l WHERE l."order_id" = o."id");
