CREATE TABLE "order_status_counts" (
	"party_kind" text NOT NULL,
	"party_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "order_status_counts_party_kind_party_id_status_pk" PRIMARY KEY("party_kind","party_id","status")
);
--> statement-breakpoint
-- Backfill: the counters as they stand for every order already in the database (both sides).
INSERT INTO "order_status_counts" ("party_kind", "party_id", "status", "n")
SELECT 'supplier', "supplier_id", "status", count(*)::int FROM "orders" GROUP BY "supplier_id", "status"
UNION ALL
SELECT 'buyer', "buyer_user_id", "status", count(*)::int FROM "orders" GROUP BY "buyer_user_id", "status";
