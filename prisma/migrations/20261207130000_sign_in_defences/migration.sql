-- Sign-in defences (decision 0065): failed attempts slow sign-in down per account and per address,
-- counted in one statement so parallel guesses cannot all slip through; a TOTP code is accepted once.

-- One row per throttled subject ('account:<e-mail>' or 'ip:<address>'). An attempt is counted before
-- the password is checked; it may only start when next_attempt_at has passed.
CREATE TABLE "sign_in_throttles" (
    "subject" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL,
    "last_attempt_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("subject")
);
CREATE INDEX "sign_in_throttles_last_attempt_at_idx" ON "sign_in_throttles"("last_attempt_at");

-- The RFC 6238 time step of the last accepted TOTP code: a code of that step or earlier is refused.
ALTER TABLE "users" ADD COLUMN "totp_last_step" BIGINT;
