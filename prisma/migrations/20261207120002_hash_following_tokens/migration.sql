-- Tokens of followed searches are stored as their SHA-256 hash (hex), like every other private link
-- (decision 0064): a leaked database or backup holds no working confirm or unsubscribe link, and the
-- links already in people's mailboxes keep working because the lookup hashes what it is given.
ALTER TABLE "search_subscriptions" ADD COLUMN "unsubscribe_tokens" TEXT[] NOT NULL DEFAULT '{}';
UPDATE "search_subscriptions"
   SET "confirm_token" = encode(sha256(convert_to("confirm_token", 'UTF8')), 'hex'),
       "unsubscribe_tokens" = ARRAY[encode(sha256(convert_to("unsubscribe_token", 'UTF8')), 'hex')];
ALTER TABLE "search_subscriptions" DROP COLUMN "unsubscribe_token";
CREATE INDEX "search_subscriptions_unsubscribe_tokens_idx" ON "search_subscriptions" USING GIN ("unsubscribe_tokens");

-- Learning questions and plans have always stored the hash; any token still stored as it is (not 64
-- hex characters) becomes its hash too, so no lookup needs to accept a stored value as a token.
UPDATE "learning_questions" SET "token" = encode(sha256(convert_to("token", 'UTF8')), 'hex') WHERE "token" !~ '^[0-9a-f]{64}$';
UPDATE "network_plans" SET "token" = encode(sha256(convert_to("token", 'UTF8')), 'hex') WHERE "token" !~ '^[0-9a-f]{64}$';
