-- Answers to public submissions by idempotency key (Idempotency-Key header or the form's one-time
-- token), so a retried POST makes no second row and no second mail and gets the same answer. Shared
-- by every app instance; rows expire after a day. Only hashes are stored, and the answer is encrypted
-- with a key derived from the client's idempotency key (it may hold a private link).
CREATE TABLE idempotency_keys (
  key_hash   text PRIMARY KEY,
  answer     text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL
);
CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at);
