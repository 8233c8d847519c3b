-- wrk script: every request is a successful password login of a demo account (Argon2id verify,
-- session insert, audit entry). Successes are not throttled, so the hashing load is real.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"beheerder@demo.example","wachtwoord":"Werkcentrum-demo-2026"}'
