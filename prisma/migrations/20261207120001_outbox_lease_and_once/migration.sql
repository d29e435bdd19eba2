-- Outbox delivery at least once (decision 0061): a mail claimed as 'sending' holds a lease; when the
-- lease runs out before the mail is marked sent (the sender died or was stopped), the next run sends
-- it again, with the same Message-ID.
ALTER TABLE "outbound_emails" ADD COLUMN "lease_expires_at" TIMESTAMPTZ(3);

-- Extra headers of a mail (List-Unsubscribe and List-Unsubscribe-Post on digests, RFC 8058).
ALTER TABLE "outbound_emails" ADD COLUMN "headers" JSONB;

-- A mail that must be queued once only (the coordinators' digest per member and day): a retried job
-- finds the key taken and queues nothing.
ALTER TABLE "outbound_emails" ADD COLUMN "dedupe_key" TEXT;
CREATE UNIQUE INDEX "outbound_emails_dedupe_key_key" ON "outbound_emails"("dedupe_key");
